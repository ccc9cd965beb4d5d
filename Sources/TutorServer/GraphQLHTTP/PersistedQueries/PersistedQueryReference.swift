import GraphQLEngine
import HTTPTypes

/// The `extensions.persistedQuery` of an automatic-persisted-query request (Apollo's APQ protocol, version 1):
/// the SHA-256 of the query text, sent instead of the text once the server has seen it.
///
/// Clients send the hash alone first (a small GET a CDN can cache); on `PERSISTED_QUERY_NOT_FOUND` they retry
/// with hash and text, and the server remembers the text for the next time.
struct PersistedQueryReference: Equatable {
    /// The lowercase hexadecimal SHA-256 of the UTF-8 query text.
    let sha256Hash: String

    /// The reference a request's extensions carry, `nil` when they carry none.
    init?(extensions: ObjectValue?) throws(GraphQLHTTPFailure) {
        guard let value = extensions?["persistedQuery"], value != .null else { return nil }
        guard let object = value.objectValue else {
            throw .badRequest("The \"persistedQuery\" extension must be an object.")
        }
        guard object["version"]?.intValue == 1 else {
            throw .badRequest("Unsupported persisted query version: only version 1 is supported.")
        }
        guard let hash = object["sha256Hash"]?.stringValue, Self.isSHA256Hex(hash) else {
            throw .badRequest("The persisted query's \"sha256Hash\" must be 64 hexadecimal digits.")
        }
        sha256Hash = hash.lowercased()
    }

    private static func isSHA256Hex(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { $0.isHexDigit }
    }
}

extension UInt8 {
    /// `0-9`, `a-f` or `A-F`.
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}

extension GraphQLHTTPFailure {
    /// A persisted-query hash this process does not know (yet): the client retries with the query text.
    ///
    /// 404 rather than 200, so a CDN caching GET responses never keeps the miss; the message and code are the
    /// ones Apollo's and urql's persisted-query links look for.
    static var persistedQueryNotFound: Self {
        Self(status: .notFound, message: "PersistedQueryNotFound", code: .persistedQueryNotFound)
    }
}
