import Foundation
import PostgresNIO

/// The `idempotency_keys` table: one row per (caller, operation, key), claimed before a retried write runs and
/// completed with its response afterwards, so a retry replays the response instead of repeating the write.
///
/// A row's `expires_at` is a lease while it is `in_progress` (how long the claimant may take before another
/// request may take the key over, for when a server died mid-request) and its retention once `completed`. An
/// expired row counts as absent everywhere. Each method is one short statement outside any transaction, so a
/// claim is visible to concurrent requests at once and never holds locks while the work runs.
public struct IdempotencyKeyRepository: Sendable {
    let database: Database

    /// How often `claim` looks again when the row it collided with vanished (released or expired) meanwhile.
    static let claimAttempts = 3

    /// Claims `scope` for the request fingerprinted `fingerprint`, or reports what holds it.
    ///
    /// The insert is atomic (`ON CONFLICT DO NOTHING`), so of any number of concurrent identical requests exactly
    /// one gets `.claimed`; the others see `.inProgress` or, once it completed, `.completed`. An expired row is
    /// deleted and the insert tried again. Should every attempt collide with a row that vanishes before it can
    /// be read, the key counts as in progress (the client retries later).
    public func claim(
        _ scope: IdempotencyScope, fingerprint: IdempotencyFingerprint, now: Date, leaseUntil: Date
    ) async throws -> IdempotencyClaimOutcome {
        for _ in 0..<Self.claimAttempts {
            if let rowID = try await insertClaim(scope, fingerprint: fingerprint, now: now, leaseUntil: leaseUntil) {
                return .claimed(IdempotencyClaim(rowID: rowID))
            }
            guard let holder = try await currentRow(for: scope) else { continue }
            if holder.expiresAt <= now {
                try await deleteIfExpired(rowID: holder.id, now: now)
                continue
            }
            guard holder.fingerprint == fingerprint else { return .fingerprintMismatch }
            if let storedResponse = holder.storedResponse { return .completed(storedResponse: storedResponse) }
            return .inProgress
        }
        return .inProgress
    }

    /// Records the claimed request's response and keeps it until `keepUntil`; returns `false` when the claim was
    /// lost (its lease ran out and another request took the key), in which case nothing is stored.
    @discardableResult
    public func complete(_ claim: IdempotencyClaim, response: String, keepUntil: Date) async throws -> Bool {
        let rows = try await database.query(
            """
            UPDATE idempotency_keys
            SET status = 'completed', response = jsonb_build_object('body', \(response)::text), expires_at = \(keepUntil)
            WHERE id = \(claim.rowID) AND status = 'in_progress'
            RETURNING id
            """
        )
        return !rows.isEmpty
    }

    /// Gives the key up without a response (the work did not happen), so a retry may claim it and run.
    public func release(_ claim: IdempotencyClaim) async throws {
        _ = try await database.query(
            "DELETE FROM idempotency_keys WHERE id = \(claim.rowID) AND status = 'in_progress'"
        )
    }

    /// Deletes up to `limit` rows expired as of `now`, oldest first; returns how many went. Several servers may
    /// run this at once: `SKIP LOCKED` lets each take different rows.
    public func deleteExpired(now: Date, limit: Int = 10_000) async throws -> Int {
        try await database.query(
            """
            DELETE FROM idempotency_keys WHERE id IN (
                SELECT id FROM idempotency_keys WHERE expires_at <= \(now)
                ORDER BY expires_at LIMIT \(limit) FOR UPDATE SKIP LOCKED
            )
            RETURNING id
            """
        ).count
    }

    /// Inserts an in-progress row; `nil` when the scope already has one.
    private func insertClaim(
        _ scope: IdempotencyScope, fingerprint: IdempotencyFingerprint, now: Date, leaseUntil: Date
    ) async throws -> Int64? {
        try await database.query(
            """
            INSERT INTO idempotency_keys (key, user_id, operation, request_hash, expires_at, created_at, updated_at)
            VALUES (\(scope.key), \(scope.userID), \(scope.operation), \(fingerprint.hex), \(leaseUntil), \(now), \(now))
            ON CONFLICT (user_id, operation, key) DO NOTHING
            RETURNING id
            """
        ).first?.decode(Int64.self)
    }

    /// The row holding `scope`, if any. The `user_id` test folds to `= $1` or `IS NULL` once the value is bound,
    /// so the unique index serves signed-in and anonymous callers alike.
    private func currentRow(for scope: IdempotencyScope) async throws -> IdempotencyKeyRow? {
        try await database.query(
            """
            SELECT id, request_hash, response->>'body', expires_at FROM idempotency_keys
            WHERE (user_id = \(scope.userID) OR (\(scope.userID)::int8 IS NULL AND user_id IS NULL))
              AND operation = \(scope.operation) AND key = \(scope.key)
            """
        ).first.map(IdempotencyKeyRow.init(decoding:))
    }

    /// Deletes a row found expired, unless it was renewed (completed with a new retention) meanwhile.
    private func deleteIfExpired(rowID: Int64, now: Date) async throws {
        _ = try await database.query("DELETE FROM idempotency_keys WHERE id = \(rowID) AND expires_at <= \(now)")
    }
}

extension Store {
    /// Idempotency keys of retried writes.
    public var idempotencyKeys: IdempotencyKeyRepository { IdempotencyKeyRepository(database: database) }
}
