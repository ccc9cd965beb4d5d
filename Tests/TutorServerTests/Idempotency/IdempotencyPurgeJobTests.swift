import Foundation
import PostgresNIO
import Testing
import TutorStore

/// The marketplace's `purge-idempotency-keys` job, run with an injected clock.
@Suite("Idempotency key purge job")
struct IdempotencyPurgeJobTests {
    @Test("the job deletes keys whose lease or retention ended, and keeps live ones")
    func purgesExpiredKeys() async throws {
        try await JobsFixture.run { fixture in
            let keys = fixture.store.idempotencyKeys
            let fingerprint = IdempotencyFingerprint(hashing: Array("request".utf8))
            for (key, lifetimeHours) in [("lapsed", 1.0), ("live", 48.0)] {
                _ = try await keys.claim(
                    IdempotencyScope(userID: nil, operation: "Idempotency-Key", key: key), fingerprint: fingerprint,
                    now: fixture.now, leaseUntil: fixture.at(hours: lifetimeHours))
            }
            #expect(try await fixture.run("purge-idempotency-keys", at: fixture.at(hours: 24)) == 1)
            #expect(try await fixture.text("SELECT string_agg(key, ',') FROM idempotency_keys") == "live")
        }
    }
}
