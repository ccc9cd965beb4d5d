/// The SHA-256 of a request's canonical bytes, in the lower-case hex the `idempotency_keys.request_hash`
/// column holds: a retry is recognised as the same request when the fingerprints match.
///
/// The store owns the format so every writer hashes alike; what goes into the canonical bytes is the caller's.
public struct IdempotencyFingerprint: Sendable, Hashable, CustomStringConvertible {
    /// 64 lower-case hex digits.
    public let hex: String

    /// Hashes `canonicalBytes`.
    public init(hashing canonicalBytes: some Sequence<UInt8>) {
        hex = SHA256Hex.of(Array(canonicalBytes))
    }

    /// A fingerprint read back from the table.
    init(storedHex: String) {
        hex = storedHex
    }

    public var description: String { hex }
}
