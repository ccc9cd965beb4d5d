/// What one idempotency key is unique within: the caller, the kind of operation, and the key the client chose.
///
/// Scoping by caller means two partners (or two users of one partner) can never see each other's stored
/// responses, however their keys collide; scoping by operation lets a caller's keys from different sources
/// (an `Idempotency-Key` header, a mutation's `clientMutationId`) live side by side.
public struct IdempotencyScope: Sendable, Hashable {
    /// The signed-in user, or `nil` for anonymous callers, who share one scope.
    public let userID: Int64?
    /// Names what the key was given for, at most 100 characters (the table's limit).
    public let operation: String
    /// The client's key, 1–255 characters (the table's limit).
    public let key: String

    public init(userID: Int64?, operation: String, key: String) {
        self.userID = userID
        self.operation = operation
        self.key = key
    }
}
