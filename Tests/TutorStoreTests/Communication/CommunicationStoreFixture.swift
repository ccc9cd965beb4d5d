import Foundation
import PostgresNIO
import TutorStore
import TutorTestSupport

/// A store over a fresh database, with shortcuts to make the people and messages communication tests need.
struct CommunicationStoreFixture {
    let client: PostgresClient
    let store: Store
    /// The instant writes happen at unless a test passes another.
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init(client: PostgresClient) {
        self.client = client
        store = Store(database: Database(client: client, logger: testLogger))
    }

    /// Runs `body` with a fixture over a fresh database.
    static func run(_ body: (CommunicationStoreFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await body(CommunicationStoreFixture(client: client))
        }
    }

    /// A user with a unique address.
    func user(_ role: String = "student", firstName: String = "Test", deleted: Bool = false) async throws -> Int64 {
        let deletedAt: Date? = deleted ? now : nil
        return try await scalar(
            """
            INSERT INTO users (email, hashed_password, first_name, role, deleted_at)
            VALUES (\("\(role)-\(UUID().uuidString.prefix(12))@example.com"), 'not-a-real-hash', \(firstName), \(role),
                    \(deletedAt))
            RETURNING id
            """, as: Int64.self)
    }

    /// Sends `body` from `sender` to `recipient`, `minutes` after `now`, allowing everything.
    @discardableResult
    func send(
        _ body: String, from sender: Int64, to recipient: Int64, minutes: Double = 0, attachments: [NewAttachment] = []
    ) async throws -> SentMessage {
        try await store.messaging.send(
            NewMessage(senderUserID: sender, destination: .recipient(userID: recipient), body: body, attachments: attachments),
            now: now.addingTimeInterval(minutes * 60), authorize: { _ in })
    }

    /// The one value of a one-row, one-column query.
    func scalar<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value {
        try await client.query(query, logger: testLogger).singleValue(Value.self)
    }
}

/// A refusal an `authorize` callback throws in tests.
struct Refused: Error, Equatable {}
