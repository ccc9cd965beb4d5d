import Foundation
import PostgresNIO

/// Turns `notification.create` rows into `notifications` rows, unless the user switched in-app notifications of
/// that category off.
public struct NotificationOutboxHandler: OutboxHandler {
    public let topic = OutboxTopic.notification

    public init() {}

    public func deliver(_ delivery: OutboxDelivery, in transaction: Transaction) async throws {
        let note = try delivery.payload(as: NotificationPayload.self)
        let dataJSON = String(decoding: try JSONEncoder().encode(note.data), as: UTF8.self)
        try await transaction.query(
            """
            INSERT INTO notifications (user_id, type, category, priority, title, body, data)
            SELECT \(note.userID), \(note.type), \(note.category), \(note.priority)::int2, \(note.title), \(note.body),
                \(dataJSON)::jsonb
            WHERE NOT EXISTS (
                SELECT 1 FROM user_notification_preferences
                WHERE user_id = \(note.userID) AND channel = 'in_app' AND category = \(note.category) AND NOT is_enabled
            )
            """
        )
    }
}
