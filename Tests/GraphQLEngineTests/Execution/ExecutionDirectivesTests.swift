import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// `@skip` and `@include`, after graphql-js's `directives-test.ts`: on fields, fragment spreads and inline
/// fragments, from literals and variables.
@Suite("Execution: directives")
struct ExecutionDirectivesTests {
    static let schema: GraphQLSchema = try! buildSchema(
        "type Query { a: String b: String }",
        resolvers: ResolverMap(fields: ["Query": ["a": H.constant("a"), "b": H.constant("b")]]))

    static func data(_ query: String, variables: String? = nil) async throws -> String {
        H.data(try await H.run(schema, query, variables: variables))
    }

    @Test("on fields", arguments: [
        ("{ a, b @include(if: true) }", #"{"a":"a","b":"b"}"#),
        ("{ a, b @include(if: false) }", #"{"a":"a"}"#),
        ("{ a, b @skip(if: false) }", #"{"a":"a","b":"b"}"#),
        ("{ a, b @skip(if: true) }", #"{"a":"a"}"#),
        ("{ a, b @include(if: true) @skip(if: true) }", #"{"a":"a"}"#),
        ("{ a, b @include(if: false) @skip(if: false) }", #"{"a":"a"}"#),
    ])
    func fields(query: String, expected: String) async throws {
        #expect(try await Self.data(query) == expected)
    }

    @Test("on fragment spreads and inline fragments", arguments: [
        ("{ a ...F @include(if: false) } fragment F on Query { b }", #"{"a":"a"}"#),
        ("{ a ...F @skip(if: false) } fragment F on Query { b }", #"{"a":"a","b":"b"}"#),
        ("{ a ... on Query @skip(if: true) { b } }", #"{"a":"a"}"#),
        ("{ a ... @include(if: true) { b } }", #"{"a":"a","b":"b"}"#),
    ])
    func fragments(query: String, expected: String) async throws {
        #expect(try await Self.data(query) == expected)
    }

    @Test("from variables, with defaults")
    func variables() async throws {
        let query = "query ($skip: Boolean!, $show: Boolean! = true) { a @skip(if: $skip) b @include(if: $show) }"
        #expect(try await Self.data(query, variables: #"{"skip":true}"#) == #"{"b":"b"}"#)
        #expect(try await Self.data(query, variables: #"{"skip":false,"show":false}"#) == #"{"a":"a"}"#)
    }

    @Test("a field skipped in one place but included in another is included")
    func mergedSelections() async throws {
        #expect(try await Self.data("{ a @skip(if: true) a }") == #"{"a":"a"}"#)
    }
}
