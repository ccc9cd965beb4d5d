import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Argument coercion from literals and variables: defaults, enums, input objects, and the field errors
/// graphql-js reports when a document skipped validation.
@Suite("Execution: input coercion")
struct ExecutionInputCoercionTests {
    /// Each field echoes its arguments as graphql-js's `inspect` prints them.
    static let schema: GraphQLSchema = {
        let echo: FieldResolver = { _, arguments, _ in .value(Value.object(arguments).inspected) }
        let fields = ["object", "required", "number", "color", "list", "defaults"]
        return try! buildSchema(
            """
            input Point { x: Int = 5 y: Int! label: String }
            enum Color { RED GREEN }
            type Query {
              object(point: Point): String
              required(value: String!): String
              number(value: Int): String
              color(value: Color = GREEN): String
              list(values: [Int]): String
              defaults(a: Int = 1, b: String, c: [Color] = [RED]): String
            }
            """,
            resolvers: ResolverMap(fields: ["Query": Dictionary(uniqueKeysWithValues: fields.map { ($0, echo) })]))
    }()

    static func run(_ query: String, variables: String? = nil) async throws -> GraphQLResult {
        try await H.run(schema, query, variables: variables)
    }

    @Test("literal input objects get their field defaults; absent arguments get theirs or stay absent")
    func defaults() async throws {
        #expect(H.data(try await Self.run("{ object(point: {y: 2}) }")) == #"{"object":"{ point: { x: 5, y: 2 } }"}"#)
        #expect(H.data(try await Self.run("{ defaults }")) == #"{"defaults":"{ a: 1, c: [\"RED\"] }"}"#)
        #expect(H.data(try await Self.run("{ defaults(b: null) }")) == #"{"defaults":"{ a: 1, b: null, c: [\"RED\"] }"}"#)
    }

    @Test("enum literals, single values for lists, and variables nested in literals")
    func literals() async throws {
        #expect(H.data(try await Self.run("{ color(value: RED) }")) == #"{"color":"{ value: \"RED\" }"}"#)
        #expect(H.data(try await Self.run("{ list(values: 3) }")) == #"{"list":"{ values: [3] }"}"#)
        let nested = "query ($y: Int!, $label: String) { object(point: {y: $y, label: $label}) }"
        #expect(H.data(try await Self.run(nested, variables: #"{"y":7}"#)) == #"{"object":"{ point: { x: 5, y: 7 } }"}"#)
    }

    @Test("a missing required argument is a field error, not a request error")
    func missingRequiredArgument() async throws {
        let result = try await Self.run("{ required number(value: 1) }")
        #expect(
            H.json(result) == #"{"data":{"required":null,"number":"{ value: 1 }"},"errors":[{"message":"Argument \"value\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":3}],"path":["required"],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test("a non-null argument fed by an absent variable names the variable")
    func absentVariableForRequiredArgument() async throws {
        let result = try await Self.run("query ($v: String) { required(value: $v) }")
        #expect(result.errors.map(\.message) == [
            #"Argument "value" of required type "String!" was provided the variable "$v" which was not provided a runtime value."#
        ])
        #expect(result.errors.first?.locations == [SourcePosition(line: 1, column: 38)])
        let nullResult = try await Self.run("query ($v: String) { required(value: $v) }", variables: #"{"v":null}"#)
        #expect(nullResult.errors.map(\.message) == [#"Argument "value" of non-null type "String!" must not be null."#])
    }

    @Test("an invalid literal is reported with the printed value")
    func invalidLiteral() async throws {
        let result = try await Self.run(#"{ number(value: "x") color(value: BLUE) }"#)
        #expect(H.json(result.data ?? .null) == #"{"number":null,"color":null}"#)
        #expect(result.errors.map(\.message) == [
            #"Argument "value" has invalid value "x"."#, #"Argument "value" has invalid value BLUE."#,
        ])
        #expect(result.errors.map(\.path) == [[.key("number")], [.key("color")]])
    }
}
