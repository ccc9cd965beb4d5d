import Foundation
import PostgresNIO
import TutorDomain

extension BookingTransitions {
    /// Moves a REQUESTED or SCHEDULED booking to `start ..< end` at `now`, in place: its payment, package credit
    /// and history stay with it. One transaction.
    ///
    /// Allowed only at least 24 hours before the current start (`SchedulingPolicy`); the new time keeps the
    /// session's length, lies in the future, inside the tutor's availability and outside their blackouts, and the
    /// exclusion constraint guards it against other bookings (`slotTaken`). Moving to the time it already has
    /// changes nothing. Throws `BookingWriteError` (nothing changed) or a database error.
    public func reschedule(
        bookingID: Int64, to start: Date, end: Date, by actor: BookingActor, expectedVersion: Int? = nil, now: Date
    ) async throws -> TransitionOutcome {
        try await database.withTransaction { transaction in
            let booking = try await LockedBooking.lock(bookingID, in: transaction)
            let party = try actor.party(in: booking)
            guard booking.state.session == .requested || booking.state.session == .scheduled else {
                throw BookingWriteError.illegalTransition(operation: "reschedule", current: booking.state)
            }
            if booking.startTime == start && booking.endTime == end {
                return TransitionOutcome(bookingID: booking.id, state: booking.state, version: booking.version, changed: false)
            }
            if let expectedVersion, expectedVersion != booking.version {
                throw BookingWriteError.versionConflict(expected: expectedVersion, current: booking.version)
            }
            guard SchedulingPolicy.canReschedule(now: Instant(now), start: Instant(booking.startTime)) else {
                throw BookingWriteError.rescheduleTooLate
            }
            let minutes = Int((booking.endTime.timeIntervalSince(booking.startTime) / 60).rounded())
            guard Int((end.timeIntervalSince(start) / 60).rounded()) == minutes else {
                throw BookingWriteError.durationMismatch(requiredMinutes: minutes)
            }
            try await BookingSlot.check(tutorProfileID: booking.tutorProfileID, start: start, end: end, now: now, in: transaction)
            let version = booking.version + 1
            do {
                try await transaction.query(
                    "UPDATE bookings SET start_time = \(start), end_time = \(end), version = \(version) WHERE id = \(booking.id)"
                )
            } catch {
                throw BookingWriteError.from(error) ?? error
            }
            try await BookingEventLog.append(
                bookingID: booking.id, type: "RESCHEDULED", version: version, state: booking.state, actor: actor,
                actorRole: actor.eventRole(as: party), reason: nil,
                metadata: [
                    "previousStartTime": booking.startTime.formatted(.iso8601),
                    "previousEndTime": booking.endTime.formatted(.iso8601),
                ],
                at: now, in: transaction)
            var moved = BookingParticipants(booking)
            moved.startTime = start
            try await BookingNotices.enqueue(
                type: "BOOKING_RESCHEDULED", title: "Booking moved", about: moved, refreshTutor: false, at: now,
                in: transaction)
            return TransitionOutcome(bookingID: booking.id, state: booking.state, version: version, changed: true)
        }
    }
}
