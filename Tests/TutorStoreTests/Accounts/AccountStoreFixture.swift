import Foundation
import PostgresNIO
import TutorDomain
import TutorStore
import TutorTestSupport

/// A store over a fresh database, and shortcuts to make accounts through the repository under test.
struct AccountStoreFixture {
    let client: PostgresClient
    let store: Store
    /// The instant every write of a test happens at, unless the test moves it.
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init(client: PostgresClient) {
        self.client = client
        store = Store(database: Database(client: client, logger: testLogger))
    }

    /// Runs `body` with a fixture over a fresh database.
    static func run(_ body: (AccountStoreFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in try await body(AccountStoreFixture(client: client)) }
    }

    /// Registers an account with a placeholder password hash; returns it and its first refresh token's hash.
    func register(
        _ email: String = "user-\(UUID().uuidString.prefix(8).lowercased())@example.com", role: Role = .student,
        firstName: String = "Ada", at instant: Date? = nil
    ) async throws -> (user: UserRow, refreshTokenHash: String) {
        let instant = instant ?? now
        let token = NewRefreshToken(hash: Self.randomHash(), expiresAt: instant.addingTimeInterval(30 * 86_400))
        let account = NewAccount(
            email: email, passwordHash: "$2b$04$placeholderplaceholderplaceholderplaceholderplacehold",
            firstName: firstName, lastName: "Lovelace", role: role, timezone: "Europe/London", currency: "USD")
        return (try await store.accounts.register(account, session: token, now: instant), token.hash)
    }

    /// A fresh refresh token to store, valid for 30 days from `now`.
    func newToken(expiresAt: Date? = nil) -> NewRefreshToken {
        NewRefreshToken(hash: Self.randomHash(), expiresAt: expiresAt ?? now.addingTimeInterval(30 * 86_400))
    }

    /// The one value of a one-row, one-column query.
    func scalar<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value {
        try await client.query(query, logger: testLogger).singleValue(Value.self)
    }

    /// A stand-in for a SHA-256 hex digest: 64 random lower-case hex digits.
    static func randomHash() -> String {
        (0..<64).map { _ in String("0123456789abcdef".randomElement()!) }.joined()
    }
}
