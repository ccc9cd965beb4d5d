import GraphQLEngine
import TutorDomain
import TutorStore

/// `purchasePackage`: a student buys a tutor's package option — the package and its payment in one store call —
/// and reads both back through the request's loaders.
enum PackagePurchaseResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var payload = ObjectResolvers("PurchasePackagePayload", as: PurchasePackagePayload.self)
        payload.field("package") { payload, _, context in .load(context.packageByID.deferred(payload.packageID)) }
        payload.field("payment") { payload, _, context in .load(context.paymentByID.deferred(payload.paymentID)) }
        payload.field("clientMutationId") { $0.clientMutationId }
        map.add(payload)
    }

    /// Students only; the store checks the option (a live, active package of a bookable tutor) under its lock.
    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("purchasePackage") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.student])
            let input = InputReader(input: arguments)
            let pricingOptionID = try input.id("pricingOptionId", as: .pricingOption)
            return .run {
                let purchase = try await PackagePurchaseError.translating {
                    try await context.store.packagePurchases.purchase(
                        pricingOptionID: pricingOptionID, studentUserID: viewer.userID, now: context.now)
                }
                return PurchasePackagePayload(
                    packageID: purchase.packageID, paymentID: purchase.paymentID, clientMutationId: input.clientMutationId)
            }
        }
    }
}
