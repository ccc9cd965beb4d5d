/// Why a messaging or notification write was refused, in terms the API can report.
public enum CommunicationWriteError: Error, Sendable, Hashable {
    /// No active user has the recipient's ID.
    case recipientNotFound
    /// Conversations join one student and one tutor; the sender and recipient are not such a pair.
    case notStudentAndTutor
    /// No live conversation has the ID.
    case conversationNotFound
    /// No message in a live conversation has the ID.
    case messageNotFound
    /// The message was deleted, so it can no longer change.
    case messageDeleted
    /// No notification has the ID.
    case notificationNotFound
}
