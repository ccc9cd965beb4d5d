import Foundation
import PostgresNIO

/// A row of `notifications`: something TutorGraph told one user in the app.
public struct NotificationRow: Sendable, Hashable {
    public let id: Int64
    public let userID: Int64
    /// One of the `notification_type` domain's values, e.g. `NEW_MESSAGE`.
    public let type: String
    /// Lower-case, e.g. `message`.
    public let category: String
    /// 1 (low) to 4 (urgent).
    public let priority: Int
    public let title: String
    public let body: String
    public let actionURL: String?
    /// Details for the app, as JSON text.
    public let data: String
    public let isRead: Bool
    public let readAt: Date?
    public let isDismissed: Bool
    public let createdAt: Date
    /// Where the notification sits in its user's list, newest first.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for a `notifications` table aliased `n`.
    static let columns = """
        n.id, n.user_id, n.type::text, n.category, n.priority::int8, n.title, n.body, n.action_url, n.data::text,
        n.is_read, n.read_at, n.is_dismissed, n.created_at, \(InstantPosition.microseconds(of: "n.created_at"))
        """

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        let (
            id, userID, type, category, priority, title, body, actionURL, data, isRead, readAt, isDismissed, createdAt,
            microseconds
        ) =
            try row.decode(
                (Int64, Int64, String, String, Int64, String, String, String?, String, Bool, Date?, Bool, Date, Int64).self)
        self.id = id
        self.userID = userID
        self.type = type
        self.category = category
        self.priority = Int(priority)
        self.title = title
        self.body = body
        self.actionURL = actionURL
        self.data = data
        self.isRead = isRead
        self.readAt = readAt
        self.isDismissed = isDismissed
        self.createdAt = createdAt
        position = InstantPosition(microseconds: microseconds, id: id)
    }
}

/// How many notifications a user has in their list (not dismissed), and how many of those are unread.
public struct NotificationCounts: Sendable, Hashable {
    public let total: Int
    public let unread: Int

    public init(total: Int, unread: Int) {
        self.total = total
        self.unread = unread
    }
}
