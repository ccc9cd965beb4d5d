import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// What resolver errors become in the response: user-facing ones keep message, code and extensions;
/// `GraphQLError`s keep theirs and gain path and locations; anything else is masked and logged.
@Suite("Execution: errors and paths")
struct ExecutionErrorsAndPathsTests {
    struct NotFound: UserFacingError {
        var message: String { "Tutor 7 was not found." }
        var code: ErrorCode { .notFound }
        var extensions: ObjectValue { ["id": .int(7)] }
    }

    struct DatabaseDown: Error {}

    static func schema() throws -> GraphQLSchema {
        try buildSchema(
            """
            type Query { userFacing: Int graphQL: Int internal: Int asyncInternal: Int items: [Item] }
            type Item { id: Int fails: Int }
            """,
            resolvers: ResolverMap(fields: [
                "Query": [
                    "userFacing": H.failing(NotFound()),
                    "graphQL": H.failing(GraphQLError("Custom", code: .forbidden, extensions: ["reason": .string("policy")])),
                    "internal": H.failing(DatabaseDown()),
                    "asyncInternal": { _, _, _ in .async { throw DatabaseDown() } },
                    "items": H.constant(try H.value(#"[{"id":1},{"id":2}]"#)),
                ],
                "Item": ["fails": { source, _, _ in
                    if (source as? Value)?["id"] == .int(2) { throw NotFound() }
                    return .value(0)
                }],
            ]))
    }

    @Test("a UserFacingError keeps its message, code and extensions")
    func userFacing() async throws {
        let result = try await H.run(try Self.schema(), "{ userFacing }")
        #expect(
            H.json(result)
                == #"{"data":{"userFacing":null},"errors":[{"message":"Tutor 7 was not found.","locations":[{"line":1,"column":3}],"path":["userFacing"],"extensions":{"id":7,"code":"NOT_FOUND"}}]}"#
        )
    }

    @Test("a thrown GraphQLError keeps its message and extensions and gains path and locations")
    func graphQLError() async throws {
        let result = try await H.run(try Self.schema(), "{\n  renamed: graphQL\n}")
        #expect(
            H.json(result)
                == #"{"data":{"renamed":null},"errors":[{"message":"Custom","locations":[{"line":2,"column":3}],"path":["renamed"],"extensions":{"reason":"policy","code":"FORBIDDEN"}}]}"#
        )
    }

    @Test("any other error is masked and logged with its path", arguments: ["internal", "asyncInternal"])
    func masked(field: String) async throws {
        let logged = ExecutionEventLog()
        let result = try await H.run(
            try Self.schema(), "{ \(field) }",
            errorLogger: { error, path in logged.record("\(error is DatabaseDown) \(path.map(\.description))") })
        #expect(
            H.json(result)
                == #"{"data":{"\#(field)":null},"errors":[{"message":"Internal server error","locations":[{"line":1,"column":3}],"path":["\#(field)"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}"#
        )
        #expect(logged.recorded == [#"true ["\#(field)"]"#])
    }

    @Test("paths name list indices; a field requested twice reports every location")
    func pathsAndLocations() async throws {
        let result = try await H.run(try Self.schema(), "{ items { id fails } items { fails } }")
        #expect(H.json(result.data ?? .null) == #"{"items":[{"id":1,"fails":0},{"id":2,"fails":null}]}"#)
        #expect(result.errors.map(\.path) == [[.key("items"), .index(1), .key("fails")]])
        #expect(result.errors.first?.locations == [SourcePosition(line: 1, column: 14), SourcePosition(line: 1, column: 30)])
    }

    @Test("response maps keep the document's field order, aliases included")
    func fieldOrder() async throws {
        let result = try await H.run(try Self.schema(), "{ z: items { id } a: items { b: id a: id } userFacing }")
        #expect(
            H.json(result.data ?? .null)
                == #"{"z":[{"id":1},{"id":2}],"a":[{"b":1,"a":1},{"b":2,"a":2}],"userFacing":null}"#)
    }
}
