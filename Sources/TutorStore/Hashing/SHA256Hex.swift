import Crypto
import Foundation

/// The lower-case hexadecimal SHA-256 every layer stores or compares: migration checksums, token hashes,
/// idempotency fingerprints and persisted-query hashes, so all of them are spelled alike.
public enum SHA256Hex {
    /// 64 lower-case hex digits of the SHA-256 of `bytes`.
    public static func of(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
