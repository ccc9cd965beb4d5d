import Foundation
import Logging
import PostgresNIO

/// What one pass of the outbox worker did.
public struct OutboxDeliveryReport: Sendable, Hashable {
    /// Rows delivered and marked.
    public var delivered = 0
    /// Rows whose handler failed, rescheduled with back-off.
    public var failed = 0

    public init(delivered: Int = 0, failed: Int = 0) {
        self.delivered = delivered
        self.failed = failed
    }
}

/// Delivers due outbox rows after the changes that wrote them have committed.
///
/// A pass claims a small batch with `FOR UPDATE SKIP LOCKED` (so several servers share the work without
/// delivering a row twice) and runs each row's handler under a savepoint: a handler's writes commit with the
/// row's delivered mark, while a failure is rolled back to the savepoint, counted in `attempts`, kept in
/// `last_error`, and retried after `backoff`. The mutation that wrote the row is never blocked or undone.
public struct OutboxDeliveryWorker: Sendable {
    let database: Database
    let handlers: [OutboxTopic: any OutboxHandler]
    let batchSize: Int
    let backoff: OutboxBackoff

    /// A worker routing rows to `handlers` by topic; a row whose topic has no handler fails and is retried.
    public init(
        database: Database, handlers: [any OutboxHandler], batchSize: Int = 20, backoff: OutboxBackoff = OutboxBackoff()
    ) {
        self.database = database
        self.handlers = Dictionary(handlers.map { ($0.topic, $0) }, uniquingKeysWith: { _, last in last })
        self.batchSize = batchSize
        self.backoff = backoff
    }

    /// A worker with the store's own handlers (notifications, tutor metrics, the search-refresh hook) and
    /// `publisher` for the events meant for other systems (the log, unless a deployment provides one).
    public static func standard(database: Database, publisher: (any EventPublisher)? = nil) -> OutboxDeliveryWorker {
        let publisher = publisher ?? LoggingEventPublisher(logger: database.logger)
        let published = OutboxTopic.publishedEvents.map { PublishedEventOutboxHandler(topic: $0, publisher: publisher) }
        return OutboxDeliveryWorker(
            database: database,
            handlers: [NotificationOutboxHandler(), TutorMetricsOutboxHandler(), SearchRefreshOutboxHandler()]
                + published)
    }

    /// Delivers one batch of rows due at `now`.
    public func deliverBatch(now: Date) async throws -> OutboxDeliveryReport {
        try await database.withTransaction { transaction in
            var report = OutboxDeliveryReport()
            for delivery in try await claimDue(now: now, in: transaction) {
                if let failure = await attempt(delivery, in: transaction) {
                    try await scheduleRetry(delivery, failure: failure, now: now, in: transaction)
                    report.failed += 1
                } else {
                    try await transaction.query(
                        """
                        UPDATE outbox SET delivered_at = \(now), attempts = attempts + 1, last_error = NULL
                        WHERE id = \(delivery.id)
                        """
                    )
                    report.delivered += 1
                }
            }
            return report
        }
    }

    /// Delivers batches until none is left due at `now` or a batch delivered nothing; returns the totals.
    public func deliverDue(now: Date) async throws -> OutboxDeliveryReport {
        var total = OutboxDeliveryReport()
        while true {
            let report = try await deliverBatch(now: now)
            total.delivered += report.delivered
            total.failed += report.failed
            if report.delivered == 0 || report.delivered + report.failed < batchSize { return total }
        }
    }

    /// Locks up to `batchSize` due rows other workers have not locked, oldest due first.
    private func claimDue(now: Date, in transaction: Transaction) async throws -> [OutboxDelivery] {
        try await transaction.query(
            """
            SELECT id, topic, payload::text, attempts::int8 FROM outbox
            WHERE delivered_at IS NULL AND next_attempt_at <= \(now)
            ORDER BY next_attempt_at, id
            LIMIT \(batchSize)
            FOR UPDATE SKIP LOCKED
            """
        ).map { row in
            let (id, topic, payload, attempts) = try row.decode((Int64, String, String, Int64).self)
            return OutboxDelivery(id: id, topic: OutboxTopic(rawValue: topic), payloadJSON: payload, attempts: Int(attempts))
        }
    }

    /// Runs the row's handler under a savepoint; returns why it failed, or `nil` when it succeeded.
    private func attempt(_ delivery: OutboxDelivery, in transaction: Transaction) async -> String? {
        guard let handler = handlers[delivery.topic] else { return "No handler for topic \(delivery.topic)." }
        do {
            try await transaction.query("SAVEPOINT outbox_delivery")
            try await handler.deliver(delivery, in: transaction)
            try await transaction.query("RELEASE SAVEPOINT outbox_delivery")
            return nil
        } catch {
            do {
                try await transaction.query("ROLLBACK TO SAVEPOINT outbox_delivery")
            } catch {
                return "Could not roll back the failed delivery: \(postgresErrorSummary(error))"
            }
            return postgresErrorSummary(error)
        }
    }

    /// Counts the failed attempt, keeps its error and pushes the row's next attempt out by the back-off.
    private func scheduleRetry(
        _ delivery: OutboxDelivery, failure: String, now: Date, in transaction: Transaction
    ) async throws {
        let delay = backoff.delay(afterAttempts: delivery.attempts + 1)
        let nextAttempt = now.addingTimeInterval(Double(delay.components.seconds))
        try await transaction.query(
            """
            UPDATE outbox SET attempts = attempts + 1, last_error = \(String(failure.prefix(2000))),
                next_attempt_at = \(nextAttempt)
            WHERE id = \(delivery.id)
            """
        )
    }
}
