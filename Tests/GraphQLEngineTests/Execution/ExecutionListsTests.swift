import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// List completion, after graphql-js's `lists-test.ts`: every nullability combination, Swift arrays and
/// JSON lists, item paths, and values that are not lists.
@Suite("Execution: lists")
struct ExecutionListsTests {
    /// One field of `type` on the query root, resolving to `value`.
    static func run(_ type: String, returning value: (any Sendable)?) async throws -> GraphQLResult {
        let schema = try buildSchema(
            "type Query { field: \(type) }", resolvers: ResolverMap(fields: ["Query": ["field": H.constant(value)]]))
        return try await H.run(schema, "{ field }")
    }

    @Test("a nullable list of nullable items keeps nulls", arguments: ["[Int]", "[Int]!"])
    func nullableItems(type: String) async throws {
        let result = try await Self.run(type, returning: [1, nil, 2] as [Int?])
        #expect(H.data(result) == #"{"field":[1,null,2]}"#)
    }

    @Test("a null item in a list of non-null items nulls the list")
    func nonNullItemNullsList() async throws {
        let result = try await Self.run("[Int!]", returning: [1, nil, 2] as [Int?])
        #expect(
            H.json(result) == #"{"data":{"field":null},"errors":[{"message":"Cannot return null for non-nullable field Query.field.","locations":[{"line":1,"column":3}],"path":["field",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
    }

    @Test("a null item in a non-null list of non-null items nulls data")
    func nonNullListOfNonNull() async throws {
        let result = try await Self.run("[Int!]!", returning: [1, nil] as [Int?])
        #expect(result.data == .null)
        #expect(result.errors.map(\.path) == [[.key("field"), .index(1)]])
    }

    @Test("a null list in a non-null position nulls data; in a nullable one it is null")
    func nullList() async throws {
        #expect(H.data(try await Self.run("[Int]", returning: nil)) == #"{"field":null}"#)
        let result = try await Self.run("[Int]!", returning: nil)
        #expect(result.data == .null)
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field Query.field."])
    }

    @Test("JSON lists and nested Swift arrays complete alike")
    func jsonAndNestedLists() async throws {
        #expect(H.data(try await Self.run("[[String]]", returning: try H.value(#"[["a"],[null,"b"],[]]"#)))
            == #"{"field":[["a"],[null,"b"],[]]}"#)
        #expect(H.data(try await Self.run("[[Int!]]", returning: [[1], [2, 3]])) == #"{"field":[[1],[2,3]]}"#)
    }

    @Test("an error deep in nested lists carries every index in its path")
    func nestedItemPath() async throws {
        let result = try await Self.run("[[Int!]]", returning: [[1], [2, nil] as [Int?]] as [any Sendable])
        #expect(H.json(result.data ?? .null) == #"{"field":[[1],null]}"#)
        #expect(result.errors.map(\.path) == [[.key("field"), .index(1), .index(1)]])
    }

    @Test("a value that is not a list is an error naming the field", arguments: [
        "a string" as any Sendable, 5, ["key": 1] as [String: any Sendable],
    ])
    func notIterable(value: any Sendable) async throws {
        let result = try await Self.run("[Int]", returning: value)
        #expect(H.json(result.data ?? .null) == #"{"field":null}"#)
        #expect(result.errors.map(\.message) == [#"Expected Iterable, but did not find one for field "Query.field"."#])
    }

    @Test("lists of objects complete every item's fields, with item indices in error paths")
    func listOfObjects() async throws {
        let schema = try buildSchema(
            """
            type Query { items: [Item] }
            type Item { id: Int name: String! }
            """,
            resolvers: ResolverMap(fields: ["Query": ["items": H.constant(try H.value(#"[{"id":1,"name":"a"},null,{"id":3}]"#))]]))
        let result = try await H.run(schema, "{ items { id name } }")
        #expect(H.json(result.data ?? .null) == #"{"items":[{"id":1,"name":"a"},null,null]}"#)
        #expect(result.errors.map(\.path) == [[.key("items"), .index(2), .key("name")]])
    }
}
