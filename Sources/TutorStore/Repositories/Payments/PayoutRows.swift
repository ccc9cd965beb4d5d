import Foundation
import PostgresNIO
import TutorDomain

/// A row of `payouts`, with the tutor's user ID for visibility decisions.
public struct PayoutRow: Sendable, Hashable {
    public let id: Int64
    public let tutorProfileID: Int64
    public let tutorUserID: Int64
    public let periodStart: Date
    public let periodEnd: Date
    public let amount: Money
    /// `PENDING`, `SUBMITTED`, `PAID` or `FAILED`.
    public let status: String
    public let paidAt: Date?
    public let createdAt: Date
    /// The row's place in creation order, for cursors.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for `payouts po JOIN tutor_profiles tp`.
    static let columns = """
        po.id, po.tutor_profile_id, tp.user_id AS tutor_user_id, po.period_start, po.period_end, po.amount_cents,
        po.currency, po.status, po.paid_at, po.created_at,
        \(InstantPosition.microseconds(of: "po.created_at")) AS created_micros
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        tutorProfileID = try cells["tutor_profile_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        periodStart = try cells["period_start"].decode(Date.self)
        periodEnd = try cells["period_end"].decode(Date.self)
        amount = try cells.money("amount_cents", try cells["currency"].decode(String.self))
        status = try cells["status"].decode(String.self)
        paidAt = try cells["paid_at"].decode(Date?.self)
        createdAt = try cells["created_at"].decode(Date.self)
        position = InstantPosition(microseconds: try cells["created_micros"].decode(Int64.self), id: id)
    }
}

/// A row of `payout_items`: one booking's earnings inside a payout, in the payout's currency.
public struct PayoutItemRow: Sendable, Hashable {
    public let payoutID: Int64
    public let bookingID: Int64
    public let amount: Money

    /// Decodes `payout_id, booking_id, amount_cents, currency`.
    init(decoding row: PostgresRow) throws {
        let (payoutID, bookingID, cents, currency) = try row.decode((Int64, Int64, Int64, String).self)
        self.payoutID = payoutID
        self.bookingID = bookingID
        amount = Money(cents: Int(cents), currency: currency)
    }
}
