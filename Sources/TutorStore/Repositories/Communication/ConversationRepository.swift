import Foundation
import PostgresNIO

/// Reading conversations: one by one for loaders, and a participant's inbox page by page.
public struct ConversationRepository: Sendable {
    let database: Database

    /// Batch: conversations by ID, hidden ones included (callers decide who may see those).
    public func conversations(ids: [Int64]) async throws -> [Int64: ConversationRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: ConversationRow.columns) FROM conversations c WHERE c.id = ANY(\(ids))"
        ).map(ConversationRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// One page of `userID`'s live conversations, most recent activity first: up to `page.fetchLimit` rows
    /// beyond `after` in the direction of travel (backward pages come oldest first; the caller reverses them).
    public func inbox(of userID: Int64, page: KeysetPage, after position: InstantPosition?) async throws
        -> [ConversationRow]
    {
        try await database.query(
            """
            SELECT \(unescaped: ConversationRow.columns) FROM conversations c
            WHERE (c.student_user_id = \(userID) OR c.tutor_user_id = \(userID)) AND c.deleted_at IS NULL
              AND \(beyond: position, on: ConversationRow.activity, "c.id", walking: page.direction)
            ORDER BY \(newestFirst: ConversationRow.activity, "c.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(ConversationRow.init(decoding:))
    }

    /// How many live conversations `userID` takes part in.
    public func inboxCount(of userID: Int64) async throws -> Int {
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM conversations c
            WHERE (c.student_user_id = \(userID) OR c.tutor_user_id = \(userID)) AND c.deleted_at IS NULL
            """
        )
        return try rows.first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }
}

extension Store {
    /// Conversations, one by one and as a participant's inbox.
    public var conversations: ConversationRepository { ConversationRepository(database: database) }
}
