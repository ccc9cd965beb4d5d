import Foundation
import PostgresNIO

/// Messaging writes: send, edit, delete, mark read. Each public method is one transaction.
///
/// Who may act is the API's decision: each method locks the rows it changes, then calls `authorize` with
/// them inside the transaction, so the policy sees exactly what is about to change and a refusal (thrown
/// by `authorize`, and rethrown unchanged) rolls everything back.
public struct MessagingRepository: Sendable {
    let database: Database

    /// Sends `message`: finds or starts the student–tutor conversation (or locks the one named), stores the
    /// message and its attachments, moves `last_message_at`, and writes the recipient's in-app notification
    /// (unless they switched message notifications off) and a `message.sent` outbox event.
    ///
    /// Throws `CommunicationWriteError.recipientNotFound`, `.notStudentAndTutor` or `.conversationNotFound`.
    public func send(
        _ message: NewMessage, now: Date, authorize: (ConversationRow) throws -> Void
    ) async throws -> SentMessage {
        try await database.withTransaction { transaction in
            let conversation = try await Self.openConversation(for: message, now: now, in: transaction)
            try authorize(conversation)
            guard
                let sent = try await transaction.query(
                    """
                    INSERT INTO messages AS m (conversation_id, sender_user_id, body, created_at, updated_at)
                    VALUES (\(conversation.id), \(message.senderUserID), \(message.body), \(now), \(now))
                    RETURNING \(unescaped: MessageRow.columns)
                    """
                ).first.map(MessageRow.init(decoding:))
            else { throw CommunicationDataError.missingRow("INSERT INTO messages") }
            let attachments = try await Self.attach(message.attachments, to: sent.id, now: now, in: transaction)
            try await Self.announce(sent, in: conversation, now: now, in: transaction)
            return SentMessage(message: sent, conversation: conversation, attachments: attachments)
        }
    }

    /// Replaces the text of a live message and marks it edited.
    ///
    /// Throws `CommunicationWriteError.messageNotFound`, or `.messageDeleted` once authorized.
    public func edit(
        messageID: Int64, body: String, now: Date, authorize: (MessageRow, ConversationRow) throws -> Void
    ) async throws -> MessageInConversation {
        try await database.withTransaction { transaction in
            let target = try await Self.lockMessage(messageID, in: transaction)
            try authorize(target.message, target.conversation)
            guard !target.message.isDeleted else { throw CommunicationWriteError.messageDeleted }
            let edited = try await Self.changedMessage(
                transaction.query(
                    """
                    UPDATE messages AS m SET body = \(body), is_edited = true, edited_at = \(now)
                    WHERE m.id = \(messageID) RETURNING \(unescaped: MessageRow.columns)
                    """
                ))
            return MessageInConversation(message: edited, conversation: target.conversation)
        }
    }

    /// Soft-deletes a message for both participants; deleting it again changes nothing.
    ///
    /// Throws `CommunicationWriteError.messageNotFound`.
    public func delete(
        messageID: Int64, by actorUserID: Int64, now: Date, authorize: (MessageRow, ConversationRow) throws -> Void
    ) async throws -> MessageInConversation {
        try await database.withTransaction { transaction in
            let target = try await Self.lockMessage(messageID, in: transaction)
            try authorize(target.message, target.conversation)
            guard !target.message.isDeleted else { return target }
            let deleted = try await Self.changedMessage(
                transaction.query(
                    """
                    UPDATE messages AS m SET deleted_at = \(now), deleted_by = \(actorUserID)
                    WHERE m.id = \(messageID) RETURNING \(unescaped: MessageRow.columns)
                    """
                ))
            return MessageInConversation(message: deleted, conversation: target.conversation)
        }
    }

    /// Marks every live message the other participant sent `readerUserID` in a conversation as read, with the
    /// reader's new-message notifications for it.
    ///
    /// Throws `CommunicationWriteError.conversationNotFound`.
    public func markConversationRead(
        _ conversationID: Int64, readerUserID: Int64, now: Date, authorize: (ConversationRow) throws -> Void
    ) async throws -> ConversationRow {
        try await database.withTransaction { transaction in
            guard
                let conversation = try await transaction.query(
                    """
                    SELECT \(unescaped: ConversationRow.columns) FROM conversations c
                    WHERE c.id = \(conversationID) AND c.deleted_at IS NULL FOR SHARE
                    """
                ).first.map(ConversationRow.init(decoding:))
            else { throw CommunicationWriteError.conversationNotFound }
            try authorize(conversation)
            _ = try await transaction.query(
                """
                WITH read_messages AS (
                    UPDATE messages SET is_read = true, read_at = \(now)
                    WHERE conversation_id = \(conversationID) AND sender_user_id <> \(readerUserID)
                      AND NOT is_read AND deleted_at IS NULL
                )
                UPDATE notifications SET is_read = true, read_at = \(now)
                WHERE user_id = \(readerUserID) AND type = 'NEW_MESSAGE' AND NOT is_read
                  AND data ->> 'conversationId' = \(String(conversationID))
                """
            )
            return conversation
        }
    }

    /// The conversation `message` goes into, with `last_message_at` moved to `now`: the one named, or the
    /// live one between the sender and recipient, started if they never talked.
    private static func openConversation(
        for message: NewMessage, now: Date, in transaction: Transaction
    ) async throws -> ConversationRow {
        switch message.destination {
        case .conversation(let id):
            guard
                let conversation = try await transaction.query(
                    """
                    UPDATE conversations AS c SET last_message_at = \(now)
                    WHERE c.id = \(id) AND c.deleted_at IS NULL
                    RETURNING \(unescaped: ConversationRow.columns)
                    """
                ).first.map(ConversationRow.init(decoding:))
            else { throw CommunicationWriteError.conversationNotFound }
            return conversation
        case .recipient(let recipientID):
            let (studentID, tutorID) = try await pair(message.senderUserID, recipientID, in: transaction)
            guard
                let conversation = try await transaction.query(
                    """
                    INSERT INTO conversations AS c (student_user_id, tutor_user_id, last_message_at, created_at, updated_at)
                    VALUES (\(studentID), \(tutorID), \(now), \(now), \(now))
                    ON CONFLICT (student_user_id, tutor_user_id) WHERE deleted_at IS NULL
                    DO UPDATE SET last_message_at = EXCLUDED.last_message_at
                    RETURNING \(unescaped: ConversationRow.columns)
                    """
                ).first.map(ConversationRow.init(decoding:))
            else { throw CommunicationWriteError.conversationNotFound }
            return conversation
        }
    }

    /// The sender and recipient as (student, tutor), whichever of them wrote.
    private static func pair(
        _ senderID: Int64, _ recipientID: Int64, in transaction: Transaction
    ) async throws -> (student: Int64, tutor: Int64) {
        var roles: [Int64: String] = [:]
        for row in try await transaction.query(
            """
            SELECT id, role FROM users
            WHERE id = ANY(\([senderID, recipientID])) AND deleted_at IS NULL AND is_active
            """
        ) {
            let (id, role) = try row.decode((Int64, String).self)
            roles[id] = role
        }
        guard senderID != recipientID, let recipientRole = roles[recipientID] else {
            throw CommunicationWriteError.recipientNotFound
        }
        switch (roles[senderID], recipientRole) {
        case ("student", "tutor"): return (senderID, recipientID)
        case ("tutor", "student"): return (recipientID, senderID)
        default: throw CommunicationWriteError.notStudentAndTutor
        }
    }

    /// Stores the attachments of message `messageID` in one statement, in the order given.
    private static func attach(
        _ attachments: [NewAttachment], to messageID: Int64, now: Date, in transaction: Transaction
    ) async throws -> [MessageAttachmentRow] {
        guard !attachments.isEmpty else { return [] }
        return try await transaction.query(
            """
            INSERT INTO message_attachments AS a (message_id, file_name, mime_type, size_bytes, storage_key,
                                                  created_at, updated_at)
            SELECT \(messageID), file.name, file.mime_type, file.size_bytes, file.storage_key, \(now), \(now)
            FROM unnest(\(attachments.map(\.fileName))::text[], \(attachments.map(\.mimeType))::text[],
                        \(attachments.map(\.sizeBytes))::int8[], \(attachments.map(\.storageKey))::text[])
                 WITH ORDINALITY AS file (name, mime_type, size_bytes, storage_key, position)
            ORDER BY file.position
            RETURNING \(unescaped: MessageAttachmentRow.columns)
            """
        ).map(MessageAttachmentRow.init(decoding:)).sorted { $0.id < $1.id }
    }

    /// Tells the recipient: an in-app notification (unless switched off) and the `message.sent` event that
    /// e-mail and push delivery pick up after commit.
    private static func announce(
        _ message: MessageRow, in conversation: ConversationRow, now: Date, in transaction: Transaction
    ) async throws {
        let recipientID = conversation.otherParticipant(than: message.senderUserID)
        _ = try await transaction.query(
            """
            WITH notification AS (
                INSERT INTO notifications (user_id, type, category, priority, title, body, action_url, data,
                                           created_at, updated_at)
                SELECT \(recipientID), 'NEW_MESSAGE', 'message', 2, 'New message from ' || sender.first_name,
                       left(\(message.body ?? ""), 200), '/conversations/' || \(String(conversation.id)),
                       jsonb_build_object('conversationId', \(conversation.id), 'messageId', \(message.id)),
                       \(now), \(now)
                FROM users sender
                WHERE sender.id = \(message.senderUserID)
                  AND NOT EXISTS (
                      SELECT 1 FROM user_notification_preferences p
                      WHERE p.user_id = \(recipientID) AND p.channel = 'in_app' AND p.category = 'message'
                        AND NOT p.is_enabled)
                RETURNING id
            )
            INSERT INTO outbox (topic, payload, created_at, updated_at)
            VALUES ('message.sent',
                    jsonb_build_object('messageId', \(message.id), 'conversationId', \(conversation.id),
                                       'senderUserId', \(message.senderUserID), 'recipientUserId', \(recipientID),
                                       'notificationId', (SELECT id FROM notification)),
                    \(now), \(now))
            """
        )
    }

    /// A message locked for change, with its live conversation; `messageNotFound` when either is missing.
    private static func lockMessage(_ id: Int64, in transaction: Transaction) async throws -> MessageInConversation {
        guard
            let message = try await transaction.query(
                "SELECT \(unescaped: MessageRow.columns) FROM messages m WHERE m.id = \(id) FOR UPDATE"
            ).first.map(MessageRow.init(decoding:)),
            let conversation = try await transaction.query(
                """
                SELECT \(unescaped: ConversationRow.columns) FROM conversations c
                WHERE c.id = \(message.conversationID) AND c.deleted_at IS NULL
                """
            ).first.map(ConversationRow.init(decoding:))
        else { throw CommunicationWriteError.messageNotFound }
        return MessageInConversation(message: message, conversation: conversation)
    }

    /// The message an UPDATE … RETURNING changed; the row was locked, so it is there.
    private static func changedMessage(_ rows: [PostgresRow]) throws -> MessageRow {
        guard let row = rows.first else { throw CommunicationDataError.missingRow("UPDATE messages") }
        return try MessageRow(decoding: row)
    }
}

extension Store {
    /// Sending, editing, deleting and reading messages.
    public var messaging: MessagingRepository { MessagingRepository(database: database) }
}
