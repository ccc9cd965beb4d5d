import TutorStore

/// `MessagePayload`: the message a mutation changed, with its conversation.
struct MessagePayload: Sendable {
    let message: MessageRow
    let conversation: ConversationRow
    let clientMutationId: String?
}

/// `ConversationPayload`.
struct ConversationPayload: Sendable {
    let conversation: ConversationRow
    let clientMutationId: String?
}

/// `NotificationPayload`.
struct NotificationPayload: Sendable {
    let notification: NotificationRow
    let clientMutationId: String?
}

/// `MarkAllNotificationsReadPayload`.
struct MarkAllNotificationsReadPayload: Sendable {
    let updatedCount: Int
    let clientMutationId: String?
}
