import Foundation
import PostgresNIO

/// Writes side effects to the outbox inside the transaction of the change that causes them, so they are
/// delivered exactly when that change commits, and never when it rolls back.
public struct OutboxWriter: Sendable {
    let transaction: Transaction

    public init(transaction: Transaction) {
        self.transaction = transaction
    }

    /// Queues `messages` for delivery from `availableAt` on, in one statement.
    public func enqueue(_ messages: [OutboxMessage], availableAt: Date) async throws {
        guard !messages.isEmpty else { return }
        try await transaction.query(
            """
            INSERT INTO outbox (topic, payload, next_attempt_at, created_at)
            SELECT topic, payload::jsonb, \(availableAt), \(availableAt)
            FROM unnest(\(messages.map(\.topic.rawValue))::text[], \(messages.map(\.payloadJSON))::text[])
                AS m(topic, payload)
            """
        )
    }
}
