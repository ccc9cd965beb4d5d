/// What a refund records beside its amount, decided by the operation that returns the money.
struct RefundInstruction: Sendable {
    let reason: RefundReason
    /// Cents to return; `nil` returns everything still charged.
    let amountCents: Int?
    /// Shown with the refund, e.g. a dispute's resolution.
    let note: String?
    /// The user who caused it; `nil` for the system.
    let createdBy: Int64?
}
