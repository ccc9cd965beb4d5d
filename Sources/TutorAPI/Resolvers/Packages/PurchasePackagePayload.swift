/// `PurchasePackagePayload`: the new package and its payment, by ID so their fields resolve through the request's
/// loaders like any other package or payment, with the client's `clientMutationId` echoed.
struct PurchasePackagePayload: Sendable {
    let packageID: Int64
    let paymentID: Int64
    let clientMutationId: String?
}
