/// A staff refund as asked for: which payment, how much, and why.
public struct RefundRequest: Sendable, Hashable {
    public let paymentID: Int64
    /// Cents to return; `nil` returns everything still charged.
    public let amountCents: Int?
    public let reason: RefundReason
    /// Kept on the refund row and shown with it.
    public let note: String?

    public init(paymentID: Int64, amountCents: Int? = nil, reason: RefundReason, note: String? = nil) {
        self.paymentID = paymentID
        self.amountCents = amountCents
        self.reason = reason
        self.note = note
    }
}
