import Foundation
import PostgresNIO
import TutorDomain

/// The part of a booking a transition reads, locked `FOR UPDATE` until the transaction ends.
struct LockedBooking: Sendable {
    let id: Int64
    let tutorProfileID: Int64
    let tutorUserID: Int64
    let studentUserID: Int64
    let packageID: Int64?
    let startTime: Date
    let endTime: Date
    let endedAt: Date?
    let state: BookingState
    let version: Int
    let priceCents: Int
    let feeBasisPoints: Int
    let tutorName: String
    let studentName: String
    let subjectName: String?

    /// Locks the live booking `id`; throws `bookingNotFound` when there is none.
    static func lock(_ id: Int64, in transaction: Transaction) async throws -> LockedBooking {
        let rows = try await transaction.query(
            """
            SELECT b.id, b.tutor_profile_id, tp.user_id AS tutor_user_id, sp.user_id AS student_user_id,
                b.student_package_id, b.start_time, b.end_time, b.ended_at, b.session_state, b.session_outcome,
                b.payment_state, b.dispute_state, b.version::int8 AS version, b.price_cents,
                (b.platform_fee_pct * 100)::int8 AS fee_basis_points, b.tutor_name, b.student_name, b.subject_name
            FROM bookings b
            JOIN tutor_profiles tp ON tp.id = b.tutor_profile_id
            JOIN student_profiles sp ON sp.id = b.student_profile_id
            WHERE b.id = \(id) AND b.deleted_at IS NULL
            FOR UPDATE OF b
            """
        )
        guard let row = rows.first else { throw BookingWriteError.bookingNotFound }
        return try LockedBooking(decoding: row)
    }

    /// Locks the next booking `due` at `now` that no other transaction holds, skipping `excluded`.
    static func lockNext(
        _ due: DueBooking, now: Date, excluding excluded: [Int64], in transaction: Transaction
    ) async throws -> LockedBooking? {
        let rows = try await transaction.query(due.claimQuery(now: now, excluding: excluded))
        guard let id = try rows.first?.decode(Int64.self) else { return nil }
        return try await lock(id, in: transaction)
    }

    private init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        tutorProfileID = try cells["tutor_profile_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        studentUserID = try cells["student_user_id"].decode(Int64.self)
        packageID = try cells["student_package_id"].decode(Int64?.self)
        startTime = try cells["start_time"].decode(Date.self)
        endTime = try cells["end_time"].decode(Date.self)
        endedAt = try cells["ended_at"].decode(Date?.self)
        state = BookingState(
            session: try cells.decodeEnum("session_state"),
            outcome: try cells.decodeEnum("session_outcome", as: SessionOutcome?.self),
            payment: try cells.decodeEnum("payment_state"),
            dispute: try cells.decodeEnum("dispute_state"))
        version = Int(try cells["version"].decode(Int64.self))
        priceCents = Int(try cells["price_cents"].decode(Int64.self))
        feeBasisPoints = Int(try cells["fee_basis_points"].decode(Int64.self))
        tutorName = try cells["tutor_name"].decode(String.self)
        studentName = try cells["student_name"].decode(String.self)
        subjectName = try cells["subject_name"].decode(String?.self)
    }
}
