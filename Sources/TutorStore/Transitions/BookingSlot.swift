import Foundation
import PostgresNIO

/// Checks that a tutor can take a session at a time: in the future, of a bookable length, inside one of their
/// weekly availability windows (in the window's own time zone) and outside their blackouts. Overlap with other
/// bookings is left to the exclusion constraint, the only check that holds under concurrency.
enum BookingSlot {
    /// Sessions last at least this long …
    static let minimumMinutes = 15
    /// … and at most this long, as pricing options do.
    static let maximumMinutes = 480

    /// Throws the `BookingWriteError` for the first rule `start ..< end` breaks for the tutor at `now`.
    static func check(
        tutorProfileID: Int64, start: Date, end: Date, now: Date, in transaction: Transaction
    ) async throws {
        guard start > now, end > start else { throw BookingWriteError.startNotInFuture }
        let minutes = Int((end.timeIntervalSince(start) / 60).rounded(.down))
        guard (minimumMinutes...maximumMinutes).contains(minutes) else {
            throw BookingWriteError.invalidDuration(minutes: minutes)
        }
        let rows = try await transaction.query(
            """
            SELECT
                EXISTS (
                    SELECT 1 FROM tutor_availabilities a
                    CROSS JOIN LATERAL (SELECT \(start) AT TIME ZONE a.timezone AS local_start,
                                               \(end) AT TIME ZONE a.timezone AS local_end) l
                    WHERE a.tutor_profile_id = \(tutorProfileID)
                      AND extract(dow FROM l.local_start) = a.day_of_week
                      AND l.local_start >= l.local_start::date + a.start_time
                      AND l.local_end <= l.local_start::date + a.end_time
                ) AS available,
                EXISTS (
                    SELECT 1 FROM tutor_blackouts bo
                    WHERE bo.tutor_profile_id = \(tutorProfileID)
                      AND tstzrange(bo.start_at, bo.end_at, '[)') && tstzrange(\(start), \(end), '[)')
                ) AS blacked_out
            """
        )
        let (available, blackedOut) = try returnedRow(rows, of: "slot check").decode((Bool, Bool).self)
        guard available else { throw BookingWriteError.outsideAvailability }
        guard !blackedOut else { throw BookingWriteError.duringBlackout }
    }
}
