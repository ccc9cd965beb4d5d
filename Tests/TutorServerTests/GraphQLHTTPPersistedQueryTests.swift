import Foundation
import GraphQLEngine
import HTTPTypes
import Testing

@testable import TutorServer

/// Automatic persisted queries as Apollo's and urql's links speak them: a hash alone, a miss, the retry with the
/// text, then the hash alone again — over GET and POST.
@Suite("GraphQLHTTP automatic persisted queries")
struct GraphQLHTTPPersistedQueryTests {
    static let query = "{ hello }"
    static let hash = PersistedQueryCache.sha256Hex(of: query)

    static func extensions(hash: String = hash, version: Int = 1) -> String {
        #"{"persistedQuery":{"version":\#(version),"sha256Hash":"\#(hash)"}}"#
    }

    @Test("the hash of a known SHA-256 test vector")
    func hashesLikeSHA256() {
        #expect(PersistedQueryCache.sha256Hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a hash alone misses with 404 PERSISTED_QUERY_NOT_FOUND; the retry with text registers it; then the hash alone runs")
    func registersThenRuns() async throws {
        try await GraphQLHTTPTestServer.withClient(persistedQueries: PersistedQueryCache()) { client in
            let miss = try await client.post(#"{"extensions":\#(Self.extensions())}"#)
            #expect(miss.status == .notFound)
            let error = try #require(miss.json?["errors"]?.listValue?.first?.objectValue)
            #expect(error["message"]?.stringValue == "PersistedQueryNotFound")
            #expect(error["extensions"]?.objectValue?["code"]?.stringValue == "PERSISTED_QUERY_NOT_FOUND")

            let register = try await client.post(#"{"query":"\#(Self.query)","extensions":\#(Self.extensions())}"#)
            #expect(register.status == .ok)
            #expect(register.body == #"{"data":{"hello":"Hello, world!"}}"#)

            let hit = try await client.post(#"{"extensions":\#(Self.extensions())}"#)
            #expect(hit.body == #"{"data":{"hello":"Hello, world!"}}"#)
            let extensions = Self.extensions().addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let get = try await client.get("extensions=\(extensions)", accept: "application/graphql-response+json")
            #expect(get.status == .ok)
            #expect(get.body == #"{"data":{"hello":"Hello, world!"}}"#)
        }
    }

    @Test("a text that does not hash to the given sha256Hash is refused and not registered")
    func refusesMismatchedHash() async throws {
        let cache = PersistedQueryCache()
        try await GraphQLHTTPTestServer.withClient(persistedQueries: cache) { client in
            let forged = try await client.post(#"{"query":"{ viewer }","extensions":\#(Self.extensions())}"#)
            #expect(forged.status == .badRequest)
            #expect(forged.json?["errors"]?.listValue?.first?.objectValue?["extensions"]?.objectValue?["code"]?.stringValue == "BAD_REQUEST")
            #expect(cache.text(forHash: Self.hash) == nil)
        }
    }

    @Test("malformed persistedQuery extensions are bad requests", arguments: [
        #"{"persistedQuery":"x"}"#, extensions(version: 2), extensions(hash: "abc"), extensions(hash: String(repeating: "g", count: 64)),
    ])
    func refusesMalformedExtensions(extensions: String) async throws {
        try await GraphQLHTTPTestServer.withClient(persistedQueries: PersistedQueryCache()) { client in
            let response = try await client.post(#"{"extensions":\#(extensions)}"#)
            #expect(response.status == .badRequest)
        }
    }

    @Test("without a cache the extension is ignored and the query is required")
    func disabled() async throws {
        try await GraphQLHTTPTestServer.withClient { client in
            let hashOnly = try await client.post(#"{"extensions":\#(Self.extensions())}"#)
            #expect(hashOnly.status == .badRequest)
            let withText = try await client.post(#"{"query":"\#(Self.query)","extensions":\#(Self.extensions())}"#)
            #expect(withText.status == .ok)
        }
    }

    @Test("the cache forgets its oldest texts first to stay within its byte budget")
    func boundedBySize() throws {
        let cache = PersistedQueryCache(byteBudget: 20)
        let texts = ["{ a0123456 }", "{ b0123456 }", "{ c0123456 }"]
        for text in texts { try cache.register(text, hash: PersistedQueryCache.sha256Hex(of: text)) }
        #expect(cache.text(forHash: PersistedQueryCache.sha256Hex(of: texts[0])) == nil)
        #expect(cache.text(forHash: PersistedQueryCache.sha256Hex(of: texts[1])) == nil)
        #expect(cache.text(forHash: PersistedQueryCache.sha256Hex(of: texts[2])) == texts[2])
        let tooLarge = String(repeating: " ", count: 21) + "{a}"
        try cache.register(tooLarge, hash: PersistedQueryCache.sha256Hex(of: tooLarge))
        #expect(cache.text(forHash: PersistedQueryCache.sha256Hex(of: tooLarge)) == nil)
        #expect(cache.text(forHash: PersistedQueryCache.sha256Hex(of: texts[2])) == texts[2])
    }
}
