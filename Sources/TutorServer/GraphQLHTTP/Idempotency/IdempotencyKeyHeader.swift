import HTTPTypes

/// The `Idempotency-Key` request header (IETF draft "The Idempotency-Key HTTP Header Field"): a client-chosen
/// key, 1–255 printable ASCII characters, that makes a retried mutation run at most once.
enum IdempotencyKeyHeader {
    static let name = HTTPField.Name("Idempotency-Key")!
    /// Set to `true` on a response replayed from an earlier request with the same key.
    static let replayedName = HTTPField.Name("Idempotent-Replayed")!
    /// The longest key the `idempotency_keys` table holds.
    static let maximumLength = 255

    /// The key `headers` carry, `nil` without one; a repeated, empty, over-long or non-printable key is refused
    /// (400), since silently running the mutation unprotected is what the client sent the key to prevent.
    static func key(in headers: HTTPFields) throws(GraphQLHTTPFailure) -> String? {
        let values = headers[values: name]
        guard let key = values.first else { return nil }
        guard values.count == 1 else { throw .badRequest("Send one Idempotency-Key header, not \(values.count).") }
        guard !key.isEmpty, key.utf8.count <= maximumLength, key.utf8.allSatisfy({ (0x20...0x7E).contains($0) })
        else {
            throw .badRequest(
                "The Idempotency-Key header must be 1 to \(maximumLength) printable ASCII characters.")
        }
        return key
    }
}
