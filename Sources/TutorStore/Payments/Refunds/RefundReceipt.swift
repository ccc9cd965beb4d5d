import PostgresNIO

/// A staff refund once made: the refund row and its payment as they are afterwards.
public struct RefundReceipt: Sendable, Hashable {
    public let refund: RefundRow
    public let payment: PaymentRow

    /// Reads payment `paymentID` and its newest refund — the one just made, since the transaction holds the payment's
    /// lock — together with that refund row as JSON, for the audit log.
    static func read(paymentID: Int64, in transaction: Transaction) async throws -> (RefundReceipt, snapshot: String) {
        let refunds = try await transaction.query(
            """
            SELECT \(unescaped: RefundRow.columns), to_jsonb(r)::text AS snapshot
            FROM refunds r JOIN payments p ON p.id = r.payment_id \(unescaped: PaymentRow.joins)
            WHERE r.payment_id = \(paymentID)
            ORDER BY r.id DESC LIMIT 1
            """
        )
        let payments = try await transaction.query(
            "SELECT \(unescaped: PaymentRow.columns) FROM payments p \(unescaped: PaymentRow.joins) WHERE p.id = \(paymentID)")
        let refundRow = try returnedRow(refunds, of: "the refund just made")
        let receipt = RefundReceipt(
            refund: try RefundRow(decoding: refundRow),
            payment: try PaymentRow(decoding: try returnedRow(payments, of: "the refunded payment")))
        return (receipt, try refundRow.makeRandomAccess()["snapshot"].decode(String.self))
    }
}
