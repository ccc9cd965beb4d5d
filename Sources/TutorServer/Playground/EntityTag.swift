import Foundation

/// A strong HTTP entity tag computed from a response body, and the `If-None-Match` test against it.
///
/// The hash is 64-bit FNV-1a: the tag only has to change when the bytes change, it guards no secret, so a
/// cryptographic hash would add a dependency for nothing.
struct EntityTag: Sendable, Equatable {
    /// The header value, quotes included, e.g. `"3f1c0a9e5b7d2c41"`.
    let value: String

    init(hashing bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        self.value = "\"\(String(repeating: "0", count: 16 - hex.count))\(hex)\""
    }

    /// Whether an `If-None-Match` header names this tag, using the weak comparison RFC 9110 §13.1.2 asks for
    /// (a `W/` prefix is ignored) and honouring `*`.
    func isMatched(byIfNoneMatch header: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == value
        }
    }
}
