import PostgresNIO

/// One notification switch of a user: a category on a channel, with optional quiet hours.
public struct NotificationPreferenceRow: Sendable, Hashable {
    /// `email`, `push`, `sms` or `in_app`.
    public let channel: String
    /// `booking`, `message`, `payment`, `review`, `account` or `marketing`.
    public let category: String
    public let isEnabled: Bool
    /// `HH:MM`, in the user's time zone.
    public let quietHoursStart: String?
    public let quietHoursEnd: String?

    /// The channels of `user_notification_preferences.channel`, in display order.
    public static let channels = ["email", "push", "sms", "in_app"]
    /// The categories of `user_notification_preferences.category`, in display order.
    public static let categories = ["booking", "message", "payment", "review", "account", "marketing"]

    public init(channel: String, category: String, isEnabled: Bool, quietHoursStart: String?, quietHoursEnd: String?) {
        self.channel = channel
        self.category = category
        self.isEnabled = isEnabled
        self.quietHoursStart = quietHoursStart
        self.quietHoursEnd = quietHoursEnd
    }

    /// The select list `init(decoding:)` reads (after the user ID), for the table aliased `n`.
    static let columns = """
        n.user_id, n.channel, n.category, n.is_enabled, to_char(n.quiet_hours_start, 'HH24:MI'),
        to_char(n.quiet_hours_end, 'HH24:MI')
        """

    /// Decodes a row selected with `columns`: the owning user's ID and the switch.
    static func decode(_ row: PostgresRow) throws -> (userID: Int64, preference: NotificationPreferenceRow) {
        let (userID, channel, category, isEnabled, start, end) =
            try row.decode((Int64, String, String, Bool, String?, String?).self)
        return (
            userID,
            NotificationPreferenceRow(
                channel: channel, category: category, isEnabled: isEnabled, quietHoursStart: start, quietHoursEnd: end)
        )
    }
}
