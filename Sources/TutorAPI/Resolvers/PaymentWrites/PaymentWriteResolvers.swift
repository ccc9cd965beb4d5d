import GraphQLEngine
import TutorStore

/// Staff money writes (issue 5): refunding a payment and paying a tutor out, with the payloads they return.
enum PaymentWriteResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var refund = ObjectResolvers("RefundPaymentPayload", as: RefundPaymentPayload.self)
        refund.field("refund") { $0.receipt.refund }
        refund.field("payment") { $0.receipt.payment }
        refund.field("clientMutationId") { $0.clientMutationId }
        map.add(refund)

        var payout = ObjectResolvers("PayoutPayload", as: PayoutPayload.self)
        payout.field("payout") { $0.payout }
        payout.field("clientMutationId") { $0.clientMutationId }
        map.add(payout)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        RefundPaymentMutation.register(&mutation)
        CreatePayoutMutation.register(&mutation)
    }
}

/// `RefundPaymentPayload`: the refund just made and its payment afterwards.
struct RefundPaymentPayload: Sendable {
    let receipt: RefundReceipt
    let clientMutationId: String?
}

/// `PayoutPayload`: the payout just created.
struct PayoutPayload: Sendable {
    let payout: PayoutRow
    let clientMutationId: String?
}
