import TutorStore

/// Who sees and changes conversations, messages and notifications, in `AccessPolicy`'s terms.
///
/// A viewer who may not see an object learns nothing about it (NOT_FOUND, or null on reads); one who may
/// see it but not change it (staff reading a conversation) gets FORBIDDEN.
enum CommunicationAccess {
    /// Whether the viewer may see `conversation`: its participants and staff, and once hidden staff alone.
    static func canRead(_ conversation: ConversationRow, _ viewer: Viewer?) -> Bool {
        AccessPolicy.allows(
            viewer, .readConversation(studentUserID: conversation.studentUserID, tutorUserID: conversation.tutorUserID))
            && (conversation.deletedAt == nil || AccessPolicy.allows(viewer, .readModerationData))
    }

    /// Allows writing in (or marking read) `conversation` to its participants only.
    static func requireWrite(_ conversation: ConversationRow, _ viewer: Viewer) throws(APIError) {
        guard canRead(conversation, viewer) else { throw APIError.notFound("Conversation") }
        try AccessPolicy.require(
            viewer, .writeConversation(studentUserID: conversation.studentUserID, tutorUserID: conversation.tutorUserID))
    }

    /// Allows editing or deleting `message` to its sender only.
    static func requireChange(_ message: MessageRow, in conversation: ConversationRow, _ viewer: Viewer) throws(APIError) {
        guard canRead(conversation, viewer) else { throw APIError.notFound("Message") }
        try AccessPolicy.require(viewer, .changeMessage(senderUserID: message.senderUserID))
    }

    /// Whether the viewer may see `notification`: its recipient and staff.
    static func canRead(_ notification: NotificationRow, _ viewer: Viewer?) -> Bool {
        AccessPolicy.allows(viewer, .readNotification(recipientUserID: notification.userID))
    }

    /// Allows marking `notification` read or dismissing it to its recipient only.
    static func requireManage(_ notification: NotificationRow, _ viewer: Viewer) throws(APIError) {
        guard canRead(notification, viewer) else { throw APIError.notFound("Notification") }
        try AccessPolicy.require(viewer, .manageNotification(recipientUserID: notification.userID))
    }
}
