import Foundation
import PostgresNIO

/// The parts of an `idempotency_keys` row a claim decides by.
struct IdempotencyKeyRow: Sendable, Hashable {
    let id: Int64
    let fingerprint: IdempotencyFingerprint
    /// The completed request's response body; `nil` while in progress.
    let storedResponse: String?
    let expiresAt: Date

    /// Decodes `id, request_hash, response->>'body', expires_at`.
    init(decoding row: PostgresRow) throws {
        let (id, hash, storedResponse, expiresAt) = try row.decode((Int64, String, String?, Date).self)
        self.id = id
        fingerprint = IdempotencyFingerprint(storedHex: hash)
        self.storedResponse = storedResponse
        self.expiresAt = expiresAt
    }
}
