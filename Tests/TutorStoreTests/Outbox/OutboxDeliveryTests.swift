import Foundation
import PostgresNIO
import Testing
import TutorStore
import TutorTestSupport

/// A handler that fails its first `failures` deliveries, then writes a marker row like a real handler would.
private struct FlakyHandler: OutboxHandler {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String { "downstream unavailable" }
    }

    let topic = OutboxTopic(rawValue: "test.flaky")
    let failures: Int

    func deliver(_ delivery: OutboxDelivery, in transaction: Transaction) async throws {
        _ = try await transaction.query("INSERT INTO subjects (slug, name, category) VALUES ('flaky-\(unescaped: String(delivery.attempts))', 'Flaky', 'arts')")
        guard delivery.attempts >= failures else { throw Unavailable() }
    }
}

@Suite("Outbox delivery")
struct OutboxDeliveryTests {
    private let now = Date(timeIntervalSince1970: 1_893_456_000)

    private static func run(_ body: (PostgresClient, Database) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await body(client, Database(client: client, logger: testLogger))
        }
    }

    private static func user(_ client: PostgresClient) async throws -> Int64 {
        try await client.query(
            """
            INSERT INTO users (email, hashed_password, first_name) VALUES (\("u-\(UUID().uuidString.prefix(8))@example.com"), 'x', 'U')
            RETURNING id
            """, logger: testLogger
        ).singleValue(Int64.self)
    }

    private static func enqueue(_ messages: [OutboxMessage], at date: Date, in database: Database) async throws {
        try await database.withTransaction { transaction in
            try await OutboxWriter(transaction: transaction).enqueue(messages, availableAt: date)
        }
    }

    private static func count(_ query: PostgresQuery, _ client: PostgresClient) async throws -> Int64 {
        try await client.query(query, logger: testLogger).singleValue(Int64.self)
    }

    @Test("notifications are created and their rows marked delivered; rows rolled back with their change never appear")
    func deliversNotifications() async throws {
        try await Self.run { client, database in
            let userID = try await Self.user(client)
            let message = try OutboxMessage(
                topic: .notification,
                payload: NotificationPayload(userID: userID, type: "BOOKING_CONFIRMED", category: "booking", title: "Hi", body: "B"))
            try await Self.enqueue([message, message], at: now, in: database)
            struct Abort: Error {}
            await #expect(throws: Abort.self) {
                try await database.withTransaction { transaction in
                    try await OutboxWriter(transaction: transaction).enqueue([message], availableAt: now)
                    throw Abort()
                }
            }

            let report = try await OutboxDeliveryWorker.standard(database: database).deliverDue(now: now)
            #expect(report == OutboxDeliveryReport(delivered: 2, failed: 0))
            #expect(try await Self.count("SELECT count(*) FROM notifications WHERE user_id = \(userID) AND title = 'Hi'", client) == 2)
            #expect(try await Self.count("SELECT count(*) FROM outbox WHERE delivered_at IS NULL", client) == 0)
            let again = try await OutboxDeliveryWorker.standard(database: database).deliverDue(now: now)
            #expect(again == OutboxDeliveryReport())
        }
    }

    @Test("rows not yet due wait")
    func waitsUntilDue() async throws {
        try await Self.run { client, database in
            let message = try OutboxMessage(topic: .searchRefresh, payload: TutorPayload(tutorProfileID: 1))
            try await Self.enqueue([message], at: now.addingTimeInterval(60), in: database)
            let worker = OutboxDeliveryWorker.standard(database: database)
            #expect(try await worker.deliverDue(now: now) == OutboxDeliveryReport())
            #expect(try await worker.deliverDue(now: now.addingTimeInterval(60)).delivered == 1)
        }
    }

    @Test("a failing handler is retried with doubling back-off, its writes undone each time, without holding up other rows")
    func retriesWithBackoff() async throws {
        try await Self.run { client, database in
            let flaky = try OutboxMessage(topic: FlakyHandler(failures: 2).topic, payload: TutorPayload(tutorProfileID: 1))
            let other = try OutboxMessage(topic: .searchRefresh, payload: TutorPayload(tutorProfileID: 1))
            try await Self.enqueue([flaky, other], at: now, in: database)
            let worker = OutboxDeliveryWorker(
                database: database, handlers: [FlakyHandler(failures: 2), SearchRefreshOutboxHandler()],
                backoff: OutboxBackoff(base: .seconds(10), maximum: .seconds(3600)))

            #expect(try await worker.deliverDue(now: now) == OutboxDeliveryReport(delivered: 1, failed: 1))
            let row = try await client.query(
                "SELECT attempts::int8, last_error, next_attempt_at FROM outbox WHERE topic = 'test.flaky'", logger: testLogger
            ).collect()
            let (attempts, error, next) = try #require(row.first).decode((Int64, String?, Date).self)
            #expect(attempts == 1)
            #expect(error == "downstream unavailable")
            #expect(next == now.addingTimeInterval(10))

            #expect(try await worker.deliverDue(now: now.addingTimeInterval(9)) == OutboxDeliveryReport())
            #expect(try await worker.deliverDue(now: now.addingTimeInterval(10)).failed == 1)
            let second = try await Self.count(
                "SELECT extract(epoch FROM next_attempt_at)::int8 FROM outbox WHERE topic = 'test.flaky'", client)
            #expect(second == Int64(now.timeIntervalSince1970) + 10 + 20)
            #expect(try await worker.deliverDue(now: now.addingTimeInterval(30)).delivered == 1)
            // Only the successful attempt's write survived.
            #expect(try await Self.count("SELECT count(*) FROM subjects WHERE slug LIKE 'flaky-%'", client) == 1)
            #expect(try await Self.count("SELECT attempts::int8 FROM outbox WHERE topic = 'test.flaky'", client) == 3)
        }
    }

    @Test("a topic without a handler fails and is retried, never lost")
    func unknownTopic() async throws {
        try await Self.run { client, database in
            let message = try OutboxMessage(topic: OutboxTopic(rawValue: "nobody.listens"), payload: TutorPayload(tutorProfileID: 1))
            try await Self.enqueue([message], at: now, in: database)
            #expect(try await OutboxDeliveryWorker.standard(database: database).deliverDue(now: now).failed == 1)
            let error = try await client.query("SELECT last_error FROM outbox", logger: testLogger).singleValue(String.self)
            #expect(error == "No handler for topic nobody.listens.")
        }
    }

    @Test("events for other systems go to the publisher and are marked delivered; a failing publisher retries")
    func publishedEvents() async throws {
        /// Records what it was given; fails when told to.
        final class RecordingPublisher: EventPublisher, @unchecked Sendable {
            // Guarded by `lock`: the worker may call from any task.
            private let lock = NSLock()
            private var topics: [String] = []
            let failing: Bool
            init(failing: Bool) { self.failing = failing }
            var published: [String] { lock.withLock { topics } }
            func publish(_ event: OutboxDelivery) async throws {
                struct Down: Error {}
                if failing { throw Down() }
                lock.withLock { topics.append(event.topic.rawValue) }
            }
        }
        try await Self.run { client, database in
            let messages = try OutboxTopic.publishedEvents.map {
                try OutboxMessage(topic: $0, payload: TutorPayload(tutorProfileID: 1))
            }
            try await Self.enqueue(messages, at: now, in: database)

            let down = RecordingPublisher(failing: true)
            let failed = try await OutboxDeliveryWorker.standard(database: database, publisher: down).deliverDue(now: now)
            #expect(failed.failed == messages.count && failed.delivered == 0)

            let up = RecordingPublisher(failing: false)
            let later = now.addingTimeInterval(3_600)
            let report = try await OutboxDeliveryWorker.standard(database: database, publisher: up).deliverDue(now: later)
            #expect(report.delivered == messages.count)
            #expect(Set(up.published) == Set(OutboxTopic.publishedEvents.map(\.rawValue)))
            #expect(try await Self.count("SELECT count(*) FROM outbox WHERE delivered_at IS NULL", client) == 0)
        }
    }

    @Test("four workers draining 200 rows at once deliver each exactly once")
    func concurrentWorkers() async throws {
        try await Self.run { client, database in
            let userID = try await Self.user(client)
            let messages = try (0..<200).map { index in
                try OutboxMessage(
                    topic: .notification,
                    payload: NotificationPayload(userID: userID, type: "SYSTEM", category: "system", title: "N\(index)", body: ""))
            }
            try await Self.enqueue(messages, at: now, in: database)
            let delivered = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await OutboxDeliveryWorker(database: database, handlers: [NotificationOutboxHandler()], batchSize: 5)
                            .deliverDue(now: now).delivered
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(delivered == 200)
            #expect(try await Self.count("SELECT count(DISTINCT title) FROM notifications", client) == 200)
            #expect(try await Self.count("SELECT count(*) FROM notifications", client) == 200)
        }
    }

    @Test("the tutor metrics handler recomputes sessions and ratings from the rows")
    func tutorMetrics() async throws {
        try await Self.run { client, database in
            let tutorUser = try await Self.user(client)
            let tutorID = try await client.query(
                "INSERT INTO tutor_profiles (user_id, total_sessions, average_rating) VALUES (\(tutorUser), 7, 4.5) RETURNING id",
                logger: testLogger
            ).singleValue(Int64.self)
            try await Self.enqueue([try OutboxMessage(topic: .tutorMetrics, payload: TutorPayload(tutorProfileID: tutorID))], at: now, in: database)
            #expect(try await OutboxDeliveryWorker.standard(database: database).deliverDue(now: now).delivered == 1)
            let metrics = try await client.query(
                "SELECT total_sessions::int8, total_reviews::int8, average_rating::float8 FROM tutor_profiles WHERE id = \(tutorID)",
                logger: testLogger
            ).collect()
            let (sessions, reviews, rating) = try #require(metrics.first).decode((Int64, Int64, Double).self)
            #expect(sessions == 0)
            #expect(reviews == 0)
            #expect(rating == 0)
        }
    }

    @Test("back-off doubles from the base and stops at the maximum")
    func backoff() {
        let backoff = OutboxBackoff(base: .seconds(10), maximum: .seconds(60))
        #expect((1...5).map(backoff.delay(afterAttempts:)) == [.seconds(10), .seconds(20), .seconds(40), .seconds(60), .seconds(60)])
        #expect(backoff.delay(afterAttempts: 1_000) == .seconds(60))
    }
}
