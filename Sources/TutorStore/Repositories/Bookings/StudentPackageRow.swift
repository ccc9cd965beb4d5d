import Foundation
import PostgresNIO
import TutorDomain

/// A row of `student_packages` with the user IDs of the student and the tutor, for visibility decisions.
public struct StudentPackageRow: Sendable, Hashable {
    public let id: Int64
    public let studentProfileID: Int64
    public let studentUserID: Int64
    public let tutorProfileID: Int64
    public let tutorUserID: Int64
    public let pricingOptionID: Int64?
    public let sessionsPurchased: Int
    public let sessionsUsed: Int
    public let sessionsRemaining: Int
    public let pricePaid: Money
    public let purchasedAt: Date
    public let expiresAt: Date?
    /// `active`, `expired`, `exhausted` or `refunded`.
    public let status: String
    /// The row's place in purchase order, for cursors.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for `student_packages pk` joined as in `joins`.
    static let columns = """
        pk.id, pk.student_profile_id, sp.user_id AS student_user_id, pk.tutor_profile_id, tp.user_id AS tutor_user_id,
        pk.pricing_option_id, pk.sessions_purchased::int8 AS sessions_purchased, pk.sessions_used::int8 AS sessions_used,
        pk.sessions_remaining::int8 AS sessions_remaining, pk.price_paid_cents, pk.currency, pk.purchased_at,
        pk.expires_at, pk.status, \(InstantPosition.microseconds(of: "pk.purchased_at")) AS purchased_micros
        """

    /// The joins `columns` needs after `FROM student_packages pk`.
    static let joins = """
        JOIN student_profiles sp ON sp.id = pk.student_profile_id
        JOIN tutor_profiles tp ON tp.id = pk.tutor_profile_id
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        studentProfileID = try cells["student_profile_id"].decode(Int64.self)
        studentUserID = try cells["student_user_id"].decode(Int64.self)
        tutorProfileID = try cells["tutor_profile_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        pricingOptionID = try cells["pricing_option_id"].decode(Int64?.self)
        sessionsPurchased = Int(try cells["sessions_purchased"].decode(Int64.self))
        sessionsUsed = Int(try cells["sessions_used"].decode(Int64.self))
        sessionsRemaining = Int(try cells["sessions_remaining"].decode(Int64.self))
        pricePaid = try cells.money("price_paid_cents", try cells["currency"].decode(String.self))
        purchasedAt = try cells["purchased_at"].decode(Date.self)
        expiresAt = try cells["expires_at"].decode(Date?.self)
        status = try cells["status"].decode(String.self)
        position = InstantPosition(microseconds: try cells["purchased_micros"].decode(Int64.self), id: id)
    }
}
