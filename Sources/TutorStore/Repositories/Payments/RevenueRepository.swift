import Foundation
import PostgresNIO
import TutorDomain

/// The business over one period in one currency, as the owner's report shows it.
public struct RevenueFigures: Sendable, Hashable {
    /// Payments (bookings and packages) captured in the period.
    public let grossRevenue: Money
    /// Refunds that succeeded in the period.
    public let refunds: Money
    /// The platform's share of the bookings captured in the period, net of what was refunded from them.
    public let platformFees: Money
    /// The tutors' share of the same bookings, net of refunds: with `platformFees` it adds up to those
    /// bookings' captured money minus their refunds, to the cent.
    public let tutorEarnings: Money
    public let completedSessions: Int
    public let bookingsCreated: Int
    public let newStudents: Int
    public let newTutors: Int
}

/// The owner's aggregate figures, each report one statement.
public struct RevenueRepository: Sendable {
    let database: Database

    /// Figures for `[from, to)` in `currency`; the counts cover every currency.
    ///
    /// A booking's fee shrinks with its refunds in proportion (rounded half up to the cent) and its tutor's
    /// earnings take the rest, so fees plus earnings always equal the money kept.
    public func figures(from: Date, to: Date, currency: String) async throws -> RevenueFigures {
        let rows = try await database.query(
            """
            WITH captured AS (
                SELECT p.amount_cents, p.refunded_cents, b.platform_fee_cents
                FROM payments p LEFT JOIN bookings b ON b.id = p.booking_id
                WHERE p.currency = \(currency) AND p.captured_at >= \(from) AND p.captured_at < \(to)
            ), booking_shares AS (
                SELECT amount_cents - refunded_cents AS kept,
                       CASE WHEN amount_cents = 0 THEN 0
                            ELSE round(platform_fee_cents::numeric * (amount_cents - refunded_cents) / amount_cents)::int8
                       END AS fee
                FROM captured WHERE platform_fee_cents IS NOT NULL
            )
            SELECT
                (SELECT coalesce(sum(amount_cents), 0)::int8 FROM captured),
                (SELECT coalesce(sum(r.amount_cents), 0)::int8 FROM refunds r
                 WHERE r.status = 'SUCCEEDED' AND r.currency = \(currency)
                   AND r.created_at >= \(from) AND r.created_at < \(to)),
                (SELECT coalesce(sum(fee), 0)::int8 FROM booking_shares),
                (SELECT coalesce(sum(kept - fee), 0)::int8 FROM booking_shares),
                (SELECT count(*)::int8 FROM bookings b
                 WHERE b.session_outcome = 'COMPLETED' AND b.deleted_at IS NULL
                   AND b.end_time >= \(from) AND b.end_time < \(to)),
                (SELECT count(*)::int8 FROM bookings b
                 WHERE b.deleted_at IS NULL AND b.created_at >= \(from) AND b.created_at < \(to)),
                (SELECT count(*)::int8 FROM users u WHERE u.role = 'student' AND u.created_at >= \(from) AND u.created_at < \(to)),
                (SELECT count(*)::int8 FROM users u WHERE u.role = 'tutor' AND u.created_at >= \(from) AND u.created_at < \(to))
            """
        )
        guard let row = rows.first else { throw UnexpectedColumnValue(column: "revenue report", value: "no row") }
        let (gross, refunded, fees, earnings, completed, created, students, tutors) =
            try row.decode((Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64).self)
        func money(_ cents: Int64) -> Money { Money(cents: Int(cents), currency: currency) }
        return RevenueFigures(
            grossRevenue: money(gross), refunds: money(refunded), platformFees: money(fees),
            tutorEarnings: money(earnings), completedSessions: Int(completed), bookingsCreated: Int(created),
            newStudents: Int(students), newTutors: Int(tutors))
    }
}

extension Store {
    /// The owner's revenue and growth figures.
    public var revenue: RevenueRepository { RevenueRepository(database: database) }
}
