/// Who made an audited change, and in which request, as `audit_log.actor_user_id` and `request_id` record them.
public struct AuditActor: Sendable, Hashable {
    public let userID: Int64
    /// The request that made the change, so a log line and its audit entry can be matched.
    public let requestID: String?

    public init(userID: Int64, requestID: String?) {
        self.userID = userID
        self.requestID = requestID
    }
}
