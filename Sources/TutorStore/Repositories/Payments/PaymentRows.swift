import Foundation
import PostgresNIO
import TutorDomain

/// A row of `payments`, with the user ID of the tutor paid through it (via its booking or package).
public struct PaymentRow: Sendable, Hashable {
    public let id: Int64
    public let payerUserID: Int64
    public let tutorUserID: Int64
    public let bookingID: Int64?
    public let packageID: Int64?
    public let amount: Money
    public let refunded: Money
    /// `stripe`, `wallet`, `manual`, … as stored.
    public let provider: String
    /// `PENDING`, `AUTHORIZED`, … as stored.
    public let status: String
    public let authorizedAt: Date?
    public let capturedAt: Date?
    public let createdAt: Date

    /// The select list `init(decoding:)` reads, for `payments p` joined as in `joins`.
    static let columns = """
        p.id, p.payer_user_id, tp.user_id AS tutor_user_id, p.booking_id, p.student_package_id, p.amount_cents,
        p.refunded_cents, p.currency, p.provider, p.status, p.authorized_at, p.captured_at, p.created_at
        """

    /// The joins `columns` needs after `FROM payments p`: a payment pays for one booking or one package.
    static let joins = """
        LEFT JOIN bookings pb ON pb.id = p.booking_id
        LEFT JOIN student_packages ppk ON ppk.id = p.student_package_id
        JOIN tutor_profiles tp ON tp.id = coalesce(pb.tutor_profile_id, ppk.tutor_profile_id)
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        payerUserID = try cells["payer_user_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        bookingID = try cells["booking_id"].decode(Int64?.self)
        packageID = try cells["student_package_id"].decode(Int64?.self)
        let currency = try cells["currency"].decode(String.self)
        amount = try cells.money("amount_cents", currency)
        refunded = try cells.money("refunded_cents", currency)
        provider = try cells["provider"].decode(String.self)
        status = try cells["status"].decode(String.self)
        authorizedAt = try cells["authorized_at"].decode(Date?.self)
        capturedAt = try cells["captured_at"].decode(Date?.self)
        createdAt = try cells["created_at"].decode(Date.self)
    }
}

/// A row of `refunds`, with the payer and tutor user IDs of its payment, for visibility decisions.
public struct RefundRow: Sendable, Hashable {
    public let id: Int64
    public let paymentID: Int64
    public let payerUserID: Int64
    public let tutorUserID: Int64
    public let bookingID: Int64?
    public let amount: Money
    /// `STUDENT_CANCEL`, `TUTOR_CANCEL`, … as stored.
    public let reason: String
    /// `PENDING`, `SUCCEEDED` or `FAILED`.
    public let status: String
    public let note: String?
    public let createdAt: Date

    /// The select list `init(decoding:)` reads, for `refunds r` joined to `payments p` and `PaymentRow.joins`.
    static let columns = """
        r.id, r.payment_id, p.payer_user_id, tp.user_id AS tutor_user_id, r.booking_id, r.amount_cents, r.currency,
        r.reason, r.status, r.note, r.created_at
        """

    /// Decodes the columns selected with `columns`, by name.
    init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells["id"].decode(Int64.self)
        paymentID = try cells["payment_id"].decode(Int64.self)
        payerUserID = try cells["payer_user_id"].decode(Int64.self)
        tutorUserID = try cells["tutor_user_id"].decode(Int64.self)
        bookingID = try cells["booking_id"].decode(Int64?.self)
        amount = try cells.money("amount_cents", try cells["currency"].decode(String.self))
        reason = try cells["reason"].decode(String.self)
        status = try cells["status"].decode(String.self)
        note = try cells["note"].decode(String?.self)
        createdAt = try cells["created_at"].decode(Date.self)
    }
}
