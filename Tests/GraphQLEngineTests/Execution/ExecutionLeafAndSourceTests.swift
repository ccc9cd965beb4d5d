import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Leaf serialization (scalars through their hooks, enums by value name) and what fields without a
/// resolver read from their source.
@Suite("Execution: leaves and default resolver")
struct ExecutionLeafAndSourceTests {
    enum Level: String, Sendable { case beginner = "BEGINNER", expert = "EXPERT", unknown = "UNKNOWN" }

    /// A model exposing its fields without reflection.
    struct Tutor: GraphQLFieldReadable, Sendable {
        func graphQLField(_ name: String) -> (any Sendable)? { name == "name" ? "Ada" : nil }
    }

    static func run(_ source: any Sendable, _ query: String) async throws -> GraphQLResult {
        let schema = try buildSchema(
            """
            enum Level { BEGINNER EXPERT }
            type Query { item: Item }
            type Item { name: String level: Level count: Int levels: [Level] }
            """,
            resolvers: ResolverMap(fields: ["Query": ["item": H.constant(source)]]))
        return try await H.run(schema, query)
    }

    @Test("fields without a resolver read JSON objects, dictionaries and GraphQLFieldReadable values")
    func defaultResolverSources() async throws {
        let sources: [any Sendable] = [
            ["name": .string("Ada")] as ObjectValue, Value.object(["name": .string("Ada")]),
            ["name": "Ada"] as [String: any Sendable], Tutor(),
        ]
        for source in sources {
            #expect(H.data(try await Self.run(source, "{ item { name count } }")) == #"{"item":{"name":"Ada","count":null}}"#)
        }
    }

    @Test("enum values serialize from strings, String raw values and JSON strings")
    func enumValues() async throws {
        let source: [String: any Sendable] = ["level": Level.expert, "levels": ["BEGINNER", Value.string("EXPERT")] as [any Sendable]]
        #expect(H.data(try await Self.run(source, "{ item { level levels } }")) == #"{"item":{"level":"EXPERT","levels":["BEGINNER","EXPERT"]}}"#)
    }

    @Test("a value outside the enum is a located field error")
    func invalidEnumValue() async throws {
        let result = try await Self.run(["level": Level.unknown] as [String: any Sendable], "{ item { level } }")
        #expect(H.json(result.data ?? .null) == #"{"item":{"level":null}}"#)
        #expect(result.errors.map(\.message) == [#"Enum "Level" cannot represent value: "UNKNOWN""#])
        #expect(result.errors.first?.path == [.key("item"), .key("level")])
    }

    @Test("a scalar hook's refusal reaches the client with its message")
    func scalarSerializationError() async throws {
        let result = try await Self.run(["count": "many"] as [String: any Sendable], "{ item { count } }")
        #expect(
            H.json(result)
                == #"{"data":{"item":{"count":null}},"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":10}],"path":["item","count"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
    }
}
