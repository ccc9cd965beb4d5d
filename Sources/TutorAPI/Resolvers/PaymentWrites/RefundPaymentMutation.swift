import GraphQLEngine
import TutorStore

/// `refundPayment`: staff return a captured payment's money, in full or in part, in one store call.
enum RefundPaymentMutation {
    /// The longest refund note, in characters (the `refunds.note` CHECK limit).
    static let maximumNoteLength = 1000

    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("refundPayment") { _, arguments, context in
            let viewer = try AccessPolicy.require(context.viewer, .moderate)
            let input = InputReader(input: arguments)
            let request = RefundRequest(
                paymentID: try input.id("paymentId", as: .payment),
                amountCents: input.int("amountCents"),
                reason: try reason(input),
                note: try TutorInputRules.text(input, "note", limit: maximumNoteLength))
            let actor = AuditActor(userID: viewer.userID, requestID: context.requestID)
            return .run {
                let receipt = try await MoneyWriteErrors.translating {
                    try await context.store.paymentRefunds.refund(request, by: actor, role: viewer.role, now: context.now)
                }
                forgetCachedRows(changedBy: receipt, in: context)
                return RefundPaymentPayload(receipt: receipt, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// `input.reason`, which the engine already coerced to a `RefundReason` name.
    private static func reason(_ input: InputReader) throws(APIError) -> RefundReason {
        guard let reason = input.string("reason").flatMap(RefundReason.init(rawValue:)) else {
            throw APIError.badInput("Unknown refund reason.", field: input.field("reason"))
        }
        return reason
    }

    /// Drops what this request's loaders may hold from before the refund, so the payload reads the rows as they are
    /// now: the payment and refund themselves are primed, their booking or package is read again.
    private static func forgetCachedRows(changedBy receipt: RefundReceipt, in context: RequestContext) {
        let payment = receipt.payment
        context.paymentByID.clear(payment.id)
        context.paymentByID.prime(payment.id, payment)
        context.refundByID.prime(receipt.refund.id, receipt.refund)
        context.paymentRefunds.clear(payment.id)
        if let bookingID = payment.bookingID {
            context.bookingByID.clear(bookingID)
            context.bookingEvents.clear(bookingID)
            context.bookingPayments.clear(bookingID)
        }
        if let packageID = payment.packageID { context.packageByID.clear(packageID) }
    }
}
