import PostgresNIO

/// Row counts and money sums across everything a booking, package, refund or payout write touches; equal snapshots before and
/// after a refused or failed write prove it left nothing behind.
public struct LedgerSnapshot: Equatable, CustomStringConvertible, Sendable {
    public let figures: [String: Int64]

    /// The figures and the SQL computing each, in one list so names and columns cannot drift apart.
    private static let measures: [(name: String, sql: String)] = [
        ("bookings", "SELECT count(*) FROM bookings"),
        ("booking_versions", "SELECT coalesce(sum(version), 0)::int8 FROM bookings"),
        ("booking_states", "SELECT coalesce(sum(hashtext(session_state || payment_state || dispute_state)), 0)::int8 FROM bookings"),
        ("events", "SELECT count(*) FROM booking_events"),
        ("materials", "SELECT count(*) FROM session_materials"),
        ("payments", "SELECT count(*) FROM payments"),
        ("payment_amounts", "SELECT coalesce(sum(amount_cents), 0)::int8 FROM payments"),
        ("payment_refunded", "SELECT coalesce(sum(refunded_cents), 0)::int8 FROM payments"),
        ("payment_states", "SELECT coalesce(sum(hashtext(status)), 0)::int8 FROM payments"),
        ("refunds", "SELECT count(*) FROM refunds"),
        ("refund_amounts", "SELECT coalesce(sum(amount_cents), 0)::int8 FROM refunds"),
        ("packages", "SELECT count(*) FROM student_packages"),
        ("credits_purchased", "SELECT coalesce(sum(sessions_purchased), 0)::int8 FROM student_packages"),
        ("credits_used", "SELECT coalesce(sum(sessions_used), 0)::int8 FROM student_packages"),
        ("package_states", "SELECT coalesce(sum(hashtext(status)), 0)::int8 FROM student_packages"),
        ("tutor_earnings", "SELECT coalesce(sum(lifetime_earnings_cents), 0)::int8 FROM tutor_profiles"),
        ("outbox", "SELECT count(*) FROM outbox"),
        ("payouts", "SELECT count(*) FROM payouts"),
        ("payout_amounts", "SELECT coalesce(sum(amount_cents), 0)::int8 FROM payouts"),
        ("payout_items", "SELECT count(*) FROM payout_items"),
        ("audit_entries", "SELECT count(*) FROM audit_log"),
    ]

    /// Reads the figures of the database `client` is connected to, in one statement.
    public static func take(_ client: PostgresClient) async throws -> LedgerSnapshot {
        let columns = measures.map { "(\($0.sql))" }.joined(separator: ", ")
        var figures: [String: Int64] = [:]
        for try await row in try await client.query(PostgresQuery(unsafeSQL: "SELECT \(columns)"), logger: SharedTestCluster.logger) {
            for (measure, cell) in zip(measures, row) { figures[measure.name] = try cell.decode(Int64.self) }
        }
        return LedgerSnapshot(figures: figures)
    }

    public var description: String {
        figures.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
