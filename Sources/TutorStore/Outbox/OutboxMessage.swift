import Foundation

/// One side effect to deliver after commit: a topic and its JSON payload.
public struct OutboxMessage: Sendable, Hashable {
    public let topic: OutboxTopic
    /// The payload as JSON text, stored as `jsonb`.
    public let payloadJSON: String

    /// Encodes `payload` as the message's JSON.
    public init(topic: OutboxTopic, payload: some Encodable) throws {
        self.topic = topic
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        payloadJSON = String(decoding: try encoder.encode(payload), as: UTF8.self)
    }
}

/// The payload of `notification.create`: one in-app notification for one user.
public struct NotificationPayload: Codable, Sendable, Hashable {
    public var userID: Int64
    /// A `notification_type` value, e.g. `BOOKING_CONFIRMED`.
    public var type: String
    /// `booking`, `message`, `payment`, `review`, `account` or `system`.
    public var category: String
    /// 1 = low … 4 = urgent.
    public var priority: Int
    public var title: String
    public var body: String
    /// Details for the app, e.g. `["bookingId": "42"]`.
    public var data: [String: String]

    public init(
        userID: Int64, type: String, category: String, priority: Int = 2, title: String, body: String,
        data: [String: String] = [:]
    ) {
        self.userID = userID
        self.type = type
        self.category = category
        self.priority = priority
        self.title = title
        self.body = body
        self.data = data
    }
}

/// The payload of the topics about one tutor profile.
public struct TutorPayload: Codable, Sendable, Hashable {
    public var tutorProfileID: Int64

    public init(tutorProfileID: Int64) {
        self.tutorProfileID = tutorProfileID
    }
}
