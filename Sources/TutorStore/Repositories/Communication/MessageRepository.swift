import Foundation
import PostgresNIO

/// Reading messages for loaders: every method serves many conversations or messages in one statement.
public struct MessageRepository: Sendable {
    let database: Database

    /// Batch: messages by ID, deleted ones included (their text reads as nil).
    public func messages(ids: [Int64]) async throws -> [Int64: MessageRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: MessageRow.columns) FROM messages m WHERE m.id = ANY(\(ids))"
        ).map(MessageRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// Batch: the newest message of each conversation that has one, deleted or not.
    public func lastMessages(forConversationIDs ids: [Int64]) async throws -> [Int64: MessageRow] {
        let rows = try await database.query(
            """
            SELECT DISTINCT ON (m.conversation_id) \(unescaped: MessageRow.columns) FROM messages m
            WHERE m.conversation_id = ANY(\(ids))
            ORDER BY m.conversation_id, m.created_at DESC, m.id DESC
            """
        ).map(MessageRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.conversationID, $0) })
    }

    /// Batch: how many live messages sent by the other participant `readerUserID` has not read, per
    /// conversation (0 when none).
    public func unreadCounts(forConversationIDs ids: [Int64], readerUserID: Int64) async throws -> [Int64: Int] {
        try await counts(
            forConversationIDs: ids,
            """
            SELECT m.conversation_id, count(*)::int8 FROM messages m
            WHERE m.conversation_id = ANY(\(ids)) AND m.sender_user_id <> \(readerUserID)
              AND NOT m.is_read AND m.deleted_at IS NULL
            GROUP BY m.conversation_id
            """
        )
    }

    /// Batch: how many messages each conversation holds, deleted ones included as the lists show them.
    public func messageCounts(forConversationIDs ids: [Int64]) async throws -> [Int64: Int] {
        try await counts(
            forConversationIDs: ids,
            """
            SELECT m.conversation_id, count(*)::int8 FROM messages m
            WHERE m.conversation_id = ANY(\(ids)) GROUP BY m.conversation_id
            """
        )
    }

    /// Batch: the same page of messages, newest first, of every conversation in `ids`, in one statement
    /// (a window numbers each conversation's rows): up to `page.fetchLimit` per conversation beyond `after`,
    /// in the direction of travel. Every conversation is a key of the result, with an empty page when empty.
    public func messagePages(
        forConversationIDs ids: [Int64], page: KeysetPage, after position: InstantPosition?
    ) async throws -> [Int64: [MessageRow]] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: MessageRow.columns) FROM (
                SELECT m.*, row_number() OVER (
                    PARTITION BY m.conversation_id ORDER BY \(newestFirst: "m.created_at", "m.id", walking: page.direction)
                ) AS position
                FROM messages m
                WHERE m.conversation_id = ANY(\(ids))
                  AND \(beyond: position, on: "m.created_at", "m.id", walking: page.direction)
            ) m
            WHERE m.position <= \(page.fetchLimit)
            ORDER BY m.conversation_id, m.position
            """
        ).map(MessageRow.init(decoding:))
        var pages = Dictionary(ids.map { ($0, [MessageRow]()) }, uniquingKeysWith: { first, _ in first })
        for row in rows { pages[row.conversationID, default: []].append(row) }
        return pages
    }

    /// Batch: the attachments of each message, oldest first; none for a deleted message, whose files go
    /// with its text. Every message is a key of the result.
    public func attachments(forMessageIDs ids: [Int64]) async throws -> [Int64: [MessageAttachmentRow]] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: MessageAttachmentRow.columns) FROM message_attachments a
            JOIN messages m ON m.id = a.message_id AND m.deleted_at IS NULL
            WHERE a.message_id = ANY(\(ids))
            ORDER BY a.message_id, a.id
            """
        ).map(MessageAttachmentRow.init(decoding:))
        var attachments = Dictionary(ids.map { ($0, [MessageAttachmentRow]()) }, uniquingKeysWith: { first, _ in first })
        for row in rows { attachments[row.messageID, default: []].append(row) }
        return attachments
    }

    /// Runs a `(conversation_id, count)` query, with 0 for every conversation it does not mention.
    private func counts(forConversationIDs ids: [Int64], _ query: PostgresQuery) async throws -> [Int64: Int] {
        var counts = Dictionary(ids.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
        for row in try await database.query(query) {
            let (conversationID, count) = try row.decode((Int64, Int64).self)
            counts[conversationID] = Int(count)
        }
        return counts
    }
}

extension Store {
    /// Messages and their attachments, batched for loaders.
    public var messages: MessageRepository { MessageRepository(database: database) }
}
