import Foundation
import PostgresNIO

/// A row of `messages`; a deleted message keeps its metadata but never its text.
public struct MessageRow: Sendable, Hashable {
    public let id: Int64
    public let conversationID: Int64
    public let senderUserID: Int64
    /// The text; nil once the sender deleted the message (the store never reads a deleted text out).
    public let body: String?
    public let isRead: Bool
    public let readAt: Date?
    public let isEdited: Bool
    public let editedAt: Date?
    public let deletedAt: Date?
    public let createdAt: Date
    /// Where the message sits in its conversation, newest first.
    public let position: InstantPosition

    public var isDeleted: Bool { deletedAt != nil }

    /// The select list `init(decoding:)` reads, for a `messages` table aliased `m`; a deleted text reads as NULL.
    static let columns = """
        m.id, m.conversation_id, m.sender_user_id, CASE WHEN m.deleted_at IS NULL THEN m.body END,
        m.is_read, m.read_at, m.is_edited, m.edited_at, m.deleted_at, m.created_at,
        \(InstantPosition.microseconds(of: "m.created_at"))
        """

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        let microseconds: Int64
        (id, conversationID, senderUserID, body, isRead, readAt, isEdited, editedAt, deletedAt, createdAt, microseconds) =
            try row.decode((Int64, Int64, Int64, String?, Bool, Date?, Bool, Date?, Date?, Date, Int64).self)
        position = InstantPosition(microseconds: microseconds, id: id)
    }
}

/// A row of `message_attachments`, without its storage key (which only the file service reads).
public struct MessageAttachmentRow: Sendable, Hashable {
    public let id: Int64
    public let messageID: Int64
    public let fileName: String
    public let mimeType: String
    public let sizeBytes: Int64

    /// The select list `init(decoding:)` reads, for a `message_attachments` table aliased `a`.
    static let columns = "a.id, a.message_id, a.file_name, a.mime_type, a.size_bytes"

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        (id, messageID, fileName, mimeType, sizeBytes) = try row.decode((Int64, Int64, String, String, Int64).self)
    }
}
