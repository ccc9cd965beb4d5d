import Foundation
import TutorStore

/// Where `/graphql` keeps idempotency keys: a mutation claims its key before it runs, then completes the claim
/// with its response or releases it.
///
/// A protocol so `GraphQLController` stays independent of the database behind it; `IdempotencyKeyRepository`
/// (PostgreSQL) is the production store.
public protocol IdempotencyStore: Sendable {
    /// Claims `scope` for the request fingerprinted `fingerprint` until `leaseUntil`, or reports what holds it.
    /// Of concurrent identical claims exactly one may succeed.
    func claim(
        _ scope: IdempotencyScope, fingerprint: IdempotencyFingerprint, now: Date, leaseUntil: Date
    ) async throws -> IdempotencyClaimOutcome

    /// Stores the claimed request's response body until `keepUntil`; `false` when the claim had been lost.
    func complete(_ claim: IdempotencyClaim, response: String, keepUntil: Date) async throws -> Bool

    /// Frees the key without a response, so a retry runs the work.
    func release(_ claim: IdempotencyClaim) async throws
}

extension IdempotencyKeyRepository: IdempotencyStore {}
