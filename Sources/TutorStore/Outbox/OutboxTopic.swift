/// What an outbox row asks for, as `outbox.topic` stores it (`area.action`); the worker routes rows by topic.
public struct OutboxTopic: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Show an in-app notification to one user (`NotificationPayload`).
    public static let notification = OutboxTopic(rawValue: "notification.create")
    /// Recompute a tutor's session count and rating (`TutorPayload`).
    public static let tutorMetrics = OutboxTopic(rawValue: "tutor_metrics.refresh")
    /// Re-index a tutor for search (`TutorPayload`).
    public static let searchRefresh = OutboxTopic(rawValue: "search_index.refresh")

    public var description: String { rawValue }
}
