import Foundation
import TutorStore

/// Random bearer secrets (refresh and password-reset tokens) and the hashes the database keeps of them.
///
/// Only SHA-256 hashes are stored, so a leaked table cannot be replayed; 32 random bytes make
/// guessing hopeless, so a fast hash is enough (unlike passwords).
public enum OpaqueToken {
    /// A new token: 32 bytes from the system's secure generator, base64url.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Base64URL.encode(Data(bytes))
    }

    /// The lower-case hex SHA-256 the database stores for `token`.
    public static func hash(_ token: String) -> String {
        SHA256Hex.of(Data(token.utf8))
    }
}
