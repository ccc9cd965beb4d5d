import Foundation
import PostgresNIO
import TutorDomain

/// Staff payouts of tutors' earnings, each one transaction: the payable bookings and the tutor locked, the payout
/// and one item per booking written (a booking is in at most one payout: `payout_items.booking_id` is unique), with
/// the audit entry and the tutor's notification.
public struct TutorPayouts: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Pays tutor `request.tutorProfileID` their share of every payable booking (see `PayableBookings`) that ended
    /// in the request's period, on behalf of staff member `actor`, at `now`; the payout starts PENDING.
    ///
    /// Concurrent payouts of one tutor serialise on the bookings' and the tutor's locks, so overlapping periods
    /// never pay a booking twice: the later one pays what is left, or is refused.
    /// Throws `PayoutError` (nothing written) or a database error.
    public func create(_ request: PayoutRequest, by actor: AuditActor, now: Date) async throws -> PayoutRow {
        guard request.periodStart < request.periodEnd else { throw PayoutError.invalidPeriod }
        return try await database.withTransaction { transaction in
            let bookingIDs = try await PayableBookings.lock(
                ofTutor: request.tutorProfileID, endingFrom: request.periodStart, to: request.periodEnd, now: now,
                in: transaction)
            let tutor = try await PayeeTutor.lock(request.tutorProfileID, in: transaction)
            if let existing = try await tutor.payout(for: request, in: transaction) {
                throw PayoutError.periodAlreadyPaid(payoutID: existing)
            }
            let items = try await PayableBookings.shares(of: bookingIDs, in: transaction)
            guard !items.isEmpty else { throw PayoutError.nothingToPay }
            let (payout, snapshot) = try await insert(request, items: items, currency: tutor.currency, now: now, in: transaction)
            try await AuditLogWriter(transaction: transaction, actor: actor).record(
                .insert, table: "payouts", recordID: payout.id, oldValues: nil, newValues: snapshot, at: now)
            try await PayoutNotice.enqueue(payout, sessions: items.count, toTutor: tutor.userID, at: now, in: transaction)
            return payout
        }
    }

    /// Writes the payout and its items in one statement; returns the payout and its row as JSON for the audit log.
    private func insert(
        _ request: PayoutRequest, items: [PayableBooking], currency: String, now: Date, in transaction: Transaction
    ) async throws -> (PayoutRow, snapshot: String) {
        let rows = try await transaction.query(
            """
            WITH po AS (
                INSERT INTO payouts (tutor_profile_id, period_start, period_end, amount_cents, currency, created_at, updated_at)
                VALUES (
                    \(request.tutorProfileID), \(request.periodStart), \(request.periodEnd),
                    \(items.reduce(0) { $0 + $1.shareCents }), \(currency), \(now), \(now)
                )
                RETURNING *
            ), items AS (
                INSERT INTO payout_items (payout_id, booking_id, amount_cents, created_at, updated_at)
                SELECT po.id, item.booking_id, item.cents, \(now), \(now)
                FROM po, unnest(\(items.map(\.bookingID))::int8[], \(items.map { Int64($0.shareCents) })::int8[])
                    AS item(booking_id, cents)
            )
            SELECT \(unescaped: PayoutRow.columns), to_jsonb(po)::text AS snapshot
            FROM po JOIN tutor_profiles tp ON tp.id = po.tutor_profile_id
            """
        )
        let row = try returnedRow(rows, of: "INSERT INTO payouts")
        return (try PayoutRow(decoding: row), try row.makeRandomAccess()["snapshot"].decode(String.self))
    }
}

extension Store {
    /// Staff payouts of tutors' earnings.
    public var tutorPayouts: TutorPayouts { TutorPayouts(database: database) }
}
