import GraphQLEngine
import TutorStore

/// `createPayout`: staff pay a tutor the earnings of a period's payable sessions, in one store call.
enum CreatePayoutMutation {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("createPayout") { _, arguments, context in
            let viewer = try AccessPolicy.require(context.viewer, .moderate)
            let input = InputReader(input: arguments)
            let request = PayoutRequest(
                tutorProfileID: try input.id("tutorId", as: .tutor),
                periodStart: try input.instant("periodStart"),
                periodEnd: try input.instant("periodEnd"))
            guard request.periodStart < request.periodEnd else {
                throw APIError.badInput("The period must end after it starts.", field: input.field("periodEnd"))
            }
            let actor = AuditActor(userID: viewer.userID, requestID: context.requestID)
            return .run {
                let payout = try await MoneyWriteErrors.translating {
                    try await context.store.tutorPayouts.create(request, by: actor, now: context.now)
                }
                context.payoutByID.prime(payout.id, payout)
                return PayoutPayload(payout: payout, clientMutationId: input.clientMutationId)
            }
        }
    }
}
