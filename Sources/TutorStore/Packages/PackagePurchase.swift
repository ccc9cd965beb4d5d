/// What `purchasePackage` created: the student's new package and the captured payment for it.
public struct PackagePurchase: Sendable, Hashable {
    public let packageID: Int64
    public let paymentID: Int64
}
