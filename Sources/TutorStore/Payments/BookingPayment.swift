import PostgresNIO
import TutorDomain

/// A payment row — of a booking paid with money, or of a package — locked by the transaction that moves it.
struct BookingPayment: Sendable {
    let id: Int64
    let amount: Money
    let refundedCents: Int
    let status: PaymentState
    let providerPaymentID: String?

    /// The processor's ID for the payment; rows recorded by hand carry none, so the store's ID stands in.
    var reference: String { providerPaymentID ?? String(id) }

    /// Cents charged and not yet returned.
    var refundableCents: Int { amount.cents - refundedCents }

    /// Locks and returns the live payment of `bookingID`, or `nil` when it has none (paid with a package credit).
    static func lock(bookingID: Int64, in transaction: Transaction) async throws -> BookingPayment? {
        let rows = try await transaction.query(
            """
            SELECT \(unescaped: columns) FROM payments
            WHERE booking_id = \(bookingID) AND status <> 'FAILED'
            ORDER BY id DESC LIMIT 1
            FOR UPDATE
            """
        )
        return try rows.first.map(BookingPayment.init(decoding:))
    }

    /// Locks and returns payment `id`, whatever it pays for, or `nil` when there is none.
    static func lock(id: Int64, in transaction: Transaction) async throws -> BookingPayment? {
        let rows = try await transaction.query(
            "SELECT \(unescaped: columns) FROM payments WHERE id = \(id) FOR UPDATE")
        return try rows.first.map(BookingPayment.init(decoding:))
    }

    /// The select list `init(decoding:)` reads from `payments`.
    private static let columns = "id, amount_cents, refunded_cents, currency, status, provider_payment_id"
}

extension BookingPayment {
    /// Decodes the columns selected with `columns` (in an extension, so the memberwise initializer stays).
    fileprivate init(decoding row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        let currency = try cells["currency"].decode(String.self)
        id = try cells["id"].decode(Int64.self)
        amount = try cells.money("amount_cents", currency)
        refundedCents = Int(try cells["refunded_cents"].decode(Int64.self))
        status = try cells.decodeEnum("status")
        providerPaymentID = try cells["provider_payment_id"].decode(String?.self)
    }
}
