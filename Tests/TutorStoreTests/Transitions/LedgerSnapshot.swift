import PostgresNIO
import TutorStore

/// Row counts and money sums across everything a booking write touches; equal snapshots before and after a
/// refused or failed write prove it left nothing behind.
struct LedgerSnapshot: Equatable, CustomStringConvertible {
    let figures: [String: Int64]

    /// Reads the figures in one statement.
    static func take(_ fixture: TransitionFixture) async throws -> LedgerSnapshot {
        let names = [
            "bookings", "booking_versions", "booking_states", "events", "payments", "payment_amounts",
            "payment_refunded", "payment_states", "refunds", "refund_amounts", "credits_used", "package_states",
            "tutor_earnings", "outbox",
            "payouts", "payout_amounts", "payout_items", "audit_entries",
        ]
        let rows = try await fixture.client.query(
            """
            SELECT
                (SELECT count(*) FROM bookings),
                (SELECT coalesce(sum(version), 0)::int8 FROM bookings),
                (SELECT coalesce(sum(hashtext(session_state || payment_state || dispute_state)), 0)::int8 FROM bookings),
                (SELECT count(*) FROM booking_events),
                (SELECT count(*) FROM payments),
                (SELECT coalesce(sum(amount_cents), 0)::int8 FROM payments),
                (SELECT coalesce(sum(refunded_cents), 0)::int8 FROM payments),
                (SELECT coalesce(sum(hashtext(status)), 0)::int8 FROM payments),
                (SELECT count(*) FROM refunds),
                (SELECT coalesce(sum(amount_cents), 0)::int8 FROM refunds),
                (SELECT coalesce(sum(sessions_used), 0)::int8 FROM student_packages),
                (SELECT coalesce(sum(hashtext(status)), 0)::int8 FROM student_packages),
                (SELECT coalesce(sum(lifetime_earnings_cents), 0)::int8 FROM tutor_profiles),
                (SELECT count(*) FROM outbox),
                (SELECT count(*) FROM payouts),
                (SELECT coalesce(sum(amount_cents), 0)::int8 FROM payouts),
                (SELECT count(*) FROM payout_items),
                (SELECT count(*) FROM audit_log)
            """,
            logger: testLogger
        ).collect()
        guard let row = rows.first else { throw UnexpectedRowCount(count: 0) }
        var figures: [String: Int64] = [:]
        for (name, cell) in zip(names, row) { figures[name] = try cell.decode(Int64.self) }
        return LedgerSnapshot(figures: figures)
    }

    var description: String {
        figures.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
