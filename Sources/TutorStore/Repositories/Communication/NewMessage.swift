/// A message about to be sent: by whom, where to, its text and its files.
public struct NewMessage: Sendable, Hashable {
    /// Where a message goes: to a person (the conversation with them is found or started) or into a
    /// conversation by ID.
    public enum Destination: Sendable, Hashable {
        case recipient(userID: Int64)
        case conversation(id: Int64)
    }

    public let senderUserID: Int64
    public let destination: Destination
    /// 1–10,000 characters, checked by the API and again by the table.
    public let body: String
    public let attachments: [NewAttachment]

    public init(senderUserID: Int64, destination: Destination, body: String, attachments: [NewAttachment] = []) {
        self.senderUserID = senderUserID
        self.destination = destination
        self.body = body
        self.attachments = attachments
    }
}

/// A file already uploaded to storage, to attach to a new message.
public struct NewAttachment: Sendable, Hashable {
    public let fileName: String
    public let mimeType: String
    public let sizeBytes: Int64
    /// Where the upload service put the file.
    public let storageKey: String

    public init(fileName: String, mimeType: String, sizeBytes: Int64, storageKey: String) {
        self.fileName = fileName
        self.mimeType = mimeType
        self.sizeBytes = sizeBytes
        self.storageKey = storageKey
    }
}

/// A message as a write left it, with its conversation.
public struct MessageInConversation: Sendable, Hashable {
    public let message: MessageRow
    public let conversation: ConversationRow
}

/// A message just sent: the message, its (possibly new) conversation and the files attached to it.
public struct SentMessage: Sendable, Hashable {
    public let message: MessageRow
    public let conversation: ConversationRow
    public let attachments: [MessageAttachmentRow]
}
