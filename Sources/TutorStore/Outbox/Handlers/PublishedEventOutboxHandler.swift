import Logging

/// Hands events meant for systems outside this process (a mailer, analytics) to an `EventPublisher`.
public struct PublishedEventOutboxHandler: OutboxHandler {
    public let topic: OutboxTopic
    let publisher: any EventPublisher

    public init(topic: OutboxTopic, publisher: any EventPublisher) {
        self.topic = topic
        self.publisher = publisher
    }

    public func deliver(_ delivery: OutboxDelivery, in transaction: Transaction) async throws {
        try await publisher.publish(delivery)
    }
}

/// Where published events go; a deployment with a mailer or a message broker provides its own.
public protocol EventPublisher: Sendable {
    /// Publishes one event; throwing makes the outbox retry it with back-off.
    func publish(_ event: OutboxDelivery) async throws
}

/// The built-in publisher: records each event in the structured log, by topic and outbox ID.
///
/// The payload is left out on purpose: some events carry secrets (a password-reset token) that must reach
/// a mailer, never a log file.
public struct LoggingEventPublisher: EventPublisher {
    let logger: Logger

    public init(logger: Logger) { self.logger = logger }

    public func publish(_ event: OutboxDelivery) async throws {
        logger.info("Published event", metadata: ["topic": "\(event.topic)", "outbox_id": "\(event.id)"])
    }
}

extension OutboxTopic {
    /// Events for systems outside this process, written by the account, messaging and moderation areas.
    public static let publishedEvents: [OutboxTopic] = [
        "account.registered", "account.password_reset_requested", "account.password_changed", "message.sent",
        "report.created", "tutor.submitted",
    ].map(OutboxTopic.init(rawValue:))
}
