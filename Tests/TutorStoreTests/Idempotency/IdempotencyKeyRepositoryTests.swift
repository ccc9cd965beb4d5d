import Foundation
import PostgresNIO
import Testing
import TutorStore
import TutorTestSupport

/// Claiming, completing, releasing and purging idempotency keys against a real database.
@Suite("Idempotency key repository")
struct IdempotencyKeyRepositoryTests {
    private let now = Date(timeIntervalSince1970: 1_893_456_000)
    private let fingerprint = IdempotencyFingerprint(hashing: Array("request A".utf8))
    private let otherFingerprint = IdempotencyFingerprint(hashing: Array("request B".utf8))

    /// A running repository over a fresh database, and the ID of a user to scope keys to.
    private static func run(_ body: (IdempotencyKeyRepository, PostgresClient, Int64) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let user = try await client.query(
                """
                INSERT INTO users (email, hashed_password, first_name)
                VALUES (\("k-\(UUID().uuidString.prefix(8))@example.com"), 'x', 'K') RETURNING id
                """, logger: testLogger
            ).singleValue(Int64.self)
            try await body(Store(database: Database(client: client, logger: testLogger)).idempotencyKeys, client, user)
        }
    }

    private func lease(_ seconds: TimeInterval = 120) -> Date { now.addingTimeInterval(seconds) }

    @Test("a fingerprint is the lower-case hex SHA-256 of the bytes")
    func fingerprintFormat() {
        #expect(
            IdempotencyFingerprint(hashing: Array("abc".utf8)).hex
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the first claim wins; the same request then sees it in progress, another request a mismatch")
    func claimThenInProgressOrMismatch() async throws {
        try await Self.run { keys, _, user in
            let scope = IdempotencyScope(userID: user, operation: "Idempotency-Key", key: "k1")
            guard case .claimed = try await keys.claim(scope, fingerprint: fingerprint, now: now, leaseUntil: lease())
            else { Issue.record("first claim was refused"); return }
            #expect(try await keys.claim(scope, fingerprint: fingerprint, now: now, leaseUntil: lease()) == .inProgress)
            #expect(
                try await keys.claim(scope, fingerprint: otherFingerprint, now: now, leaseUntil: lease())
                    == .fingerprintMismatch)
        }
    }

    @Test("a completed key returns its stored response, byte for byte, to the same request only")
    func completedReplays() async throws {
        try await Self.run { keys, client, user in
            let scope = IdempotencyScope(userID: user, operation: "Idempotency-Key", key: "k1")
            let claim = try #require(try await claimed(keys, scope))
            let body = #"{"data":{"b":1,"a":"é \u0000 🏃"}}"#
            #expect(try await keys.complete(claim, response: body, keepUntil: now.addingTimeInterval(86_400)))
            #expect(
                try await keys.claim(scope, fingerprint: fingerprint, now: now, leaseUntil: lease())
                    == .completed(storedResponse: body))
            #expect(
                try await keys.claim(scope, fingerprint: otherFingerprint, now: now, leaseUntil: lease())
                    == .fingerprintMismatch)
            let status = try await client.query(
                "SELECT status FROM idempotency_keys WHERE key = 'k1'", logger: testLogger
            ).singleValue(String.self)
            #expect(status == "completed")
        }
    }

    @Test("keys are scoped by user (anonymous callers sharing one scope) and by operation")
    func scoping() async throws {
        try await Self.run { keys, _, user in
            let scopes = [
                IdempotencyScope(userID: user, operation: "Idempotency-Key", key: "same"),
                IdempotencyScope(userID: nil, operation: "Idempotency-Key", key: "same"),
                IdempotencyScope(userID: user, operation: "clientMutationId:sendMessage", key: "same"),
            ]
            for scope in scopes {
                let claim = try await claimed(keys, scope)
                #expect(claim != nil, "\(scope) should be free")
            }
            let anonymous = IdempotencyScope(userID: nil, operation: "Idempotency-Key", key: "same")
            let again = try await keys.claim(anonymous, fingerprint: fingerprint, now: now, leaseUntil: lease())
            #expect(again == .inProgress)
        }
    }

    @Test("a released key can be claimed again; a released claim cannot complete")
    func release() async throws {
        try await Self.run { keys, _, user in
            let scope = IdempotencyScope(userID: user, operation: "Idempotency-Key", key: "k1")
            let first = try #require(try await claimed(keys, scope))
            try await keys.release(first)
            #expect(try await keys.complete(first, response: "{}", keepUntil: lease()) == false)
            #expect(try await claimed(keys, scope, fingerprint: otherFingerprint) != nil)
        }
    }

    @Test("a lapsed lease or retention frees the key; the lapsed claimant can no longer complete")
    func expiry() async throws {
        try await Self.run { keys, _, user in
            let scope = IdempotencyScope(userID: user, operation: "Idempotency-Key", key: "k1")
            let stale = try #require(try await claimed(keys, scope))
            let later = lease().addingTimeInterval(1)
            guard case .claimed(let fresh) = try await keys.claim(
                scope, fingerprint: fingerprint, now: later, leaseUntil: later.addingTimeInterval(120))
            else { Issue.record("a lapsed lease was not taken over"); return }
            #expect(try await keys.complete(stale, response: "{}", keepUntil: later) == false)
            #expect(try await keys.complete(fresh, response: "{}", keepUntil: later.addingTimeInterval(60)))
            let afterRetention = later.addingTimeInterval(61)
            guard case .claimed = try await keys.claim(
                scope, fingerprint: otherFingerprint, now: afterRetention, leaseUntil: afterRetention.addingTimeInterval(120))
            else { Issue.record("an expired response still held the key"); return }
        }
    }

    @Test("50 concurrent claims of one key: exactly one wins")
    func concurrentClaims() async throws {
        try await Self.run { keys, _, user in
            let scope = IdempotencyScope(userID: user, operation: "Idempotency-Key", key: "race")
            let outcomes = try await withThrowingTaskGroup(of: IdempotencyClaimOutcome.self) { group in
                for _ in 0..<50 {
                    group.addTask { try await keys.claim(scope, fingerprint: fingerprint, now: now, leaseUntil: lease()) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { if case .claimed = $0 { true } else { false } }.count == 1)
            #expect(outcomes.filter { $0 == .inProgress }.count == 49)
        }
    }

    @Test("the purge deletes expired rows only")
    func purge() async throws {
        try await Self.run { keys, client, user in
            for (key, leaseSeconds) in [("old", 10.0), ("young", 500.0)] {
                let scope = IdempotencyScope(userID: user, operation: "Idempotency-Key", key: key)
                _ = try await keys.claim(scope, fingerprint: fingerprint, now: now, leaseUntil: lease(leaseSeconds))
            }
            #expect(try await keys.deleteExpired(now: lease(60)) == 1)
            let left = try await client.query("SELECT key FROM idempotency_keys", logger: testLogger).singleValue(String.self)
            #expect(left == "young")
        }
    }

    /// Claims `scope` at `now`; the claim, or `nil` when the key was held.
    private func claimed(
        _ keys: IdempotencyKeyRepository, _ scope: IdempotencyScope, fingerprint: IdempotencyFingerprint? = nil
    ) async throws -> IdempotencyClaim? {
        let outcome = try await keys.claim(scope, fingerprint: fingerprint ?? self.fingerprint, now: now, leaseUntil: lease())
        if case .claimed(let claim) = outcome { return claim }
        return nil
    }
}
