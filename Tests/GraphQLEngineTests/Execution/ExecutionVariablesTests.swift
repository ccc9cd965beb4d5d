import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Variable coercion, after graphql-js's `variables-test.ts`: defaults, null versus absent, and the exact
/// request errors (code `BAD_USER_INPUT`, located at the variable definition, no `data`).
@Suite("Execution: variables")
struct ExecutionVariablesTests {
    /// Each field echoes its `input` argument as graphql-js's `inspect` prints it; an absent one gives null.
    static let schema: GraphQLSchema = {
        let echo: FieldResolver = { _, arguments, _ in .value(arguments["input"]?.inspected) }
        let fields = [
            "fieldWithObjectInput", "fieldWithNullableStringInput", "fieldWithNonNullableStringInput",
            "fieldWithDefaultArgumentValue", "fieldWithInt", "list", "color",
        ]
        return try! buildSchema(
            """
            input TestInputObject { a: String b: [String] c: String! }
            enum Color { RED GREEN }
            type Query {
              fieldWithObjectInput(input: TestInputObject): String
              fieldWithNullableStringInput(input: String): String
              fieldWithNonNullableStringInput(input: String!): String
              fieldWithDefaultArgumentValue(input: String = "Hello World"): String
              fieldWithInt(input: Int): String
              list(input: [String]): String
              color(input: Color): String
            }
            """,
            resolvers: ResolverMap(fields: ["Query": Dictionary(uniqueKeysWithValues: fields.map { ($0, echo) })]))
    }()

    static func run(_ query: String, variables: String? = nil) async throws -> GraphQLResult {
        try await H.run(schema, query, variables: variables)
    }

    @Test("an input object variable is coerced: a single value becomes a list")
    func objectVariable() async throws {
        let result = try await Self.run(
            "query ($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            variables: #"{"input":{"a":"foo","b":"bar","c":"baz"}}"#)
        #expect(H.data(result) == #"{"fieldWithObjectInput":"{ a: \"foo\", b: [\"bar\"], c: \"baz\" }"}"#)
    }

    @Test("a variable's default applies when the variable is absent")
    func variableDefault() async throws {
        let result = try await Self.run(
            #"query ($input: TestInputObject = {a: "foo", b: ["bar"], c: "baz"}) { fieldWithObjectInput(input: $input) }"#)
        #expect(H.data(result) == #"{"fieldWithObjectInput":"{ a: \"foo\", b: [\"bar\"], c: \"baz\" }"}"#)
    }

    @Test("an absent nullable variable leaves the argument absent; an explicit null passes null")
    func nullVersusAbsent() async throws {
        let query = "query ($value: String) { fieldWithNullableStringInput(input: $value) }"
        #expect(H.data(try await Self.run(query)) == #"{"fieldWithNullableStringInput":null}"#)
        #expect(H.data(try await Self.run(query, variables: #"{"value":null}"#)) == #"{"fieldWithNullableStringInput":"null"}"#)
        #expect(H.data(try await Self.run(query, variables: #"{"value":"a"}"#)) == #"{"fieldWithNullableStringInput":"\"a\""}"#)
    }

    @Test("an absent variable falls back to the argument's default; null overrides it")
    func argumentDefaultThroughVariable() async throws {
        let query = "query ($value: String) { fieldWithDefaultArgumentValue(input: $value) }"
        #expect(H.data(try await Self.run(query)) == #"{"fieldWithDefaultArgumentValue":"\"Hello World\""}"#)
        #expect(H.data(try await Self.run(query, variables: #"{"value":null}"#)) == #"{"fieldWithDefaultArgumentValue":"null"}"#)
    }

    @Test("a required variable that is not provided is a request error")
    func requiredNotProvided() async throws {
        let result = try await Self.run("query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }")
        #expect(
            H.json(result) == #"{"errors":[{"message":"Variable \"$value\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}"#
        )
    }

    @Test("a non-null variable given null is a request error")
    func nonNullGivenNull() async throws {
        let result = try await Self.run(
            "query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }", variables: #"{"value":null}"#)
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == [#"Variable "$value" of non-null type "String!" must not be null."#])
    }

    @Test("a scalar that does not coerce names the value and the scalar's reason")
    func invalidScalar() async throws {
        let result = try await Self.run("query ($x: Int) { fieldWithInt(input: $x) }", variables: #"{"x":"abc"}"#)
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == [#"Variable "$x" got invalid value "abc"; Int cannot represent non-integer value: "abc""#])
        #expect(result.errors.first?.code == .badUserInput)
        #expect(result.errors.first?.locations == [SourcePosition(line: 1, column: 8)])
    }

    @Test("an invalid part of an input object is named by its path")
    func invalidNestedField() async throws {
        let query = "query ($input: TestInputObject) { fieldWithObjectInput(input: $input) }"
        let nullField = try await Self.run(query, variables: #"{"input":{"a":"foo","b":"bar","c":null}}"#)
        #expect(nullField.data == nil)
        #expect(nullField.errors.map(\.message) == [
            #"Variable "$input" got invalid value null at "input.c"; Expected non-nullable type "String!" not to be null."#
        ])
        let missingField = try await Self.run(query, variables: #"{"input":{"a":"foo","b":"bar"}}"#)
        #expect(missingField.errors.map(\.message) == [
            #"Variable "$input" got invalid value { a: "foo", b: "bar" }; Field "TestInputObject.c" of required type "String!" was not provided."#
        ])
        let listItem = try await Self.run(
            "query ($v: [String]) { list(input: $v) }", variables: #"{"v":["a",{"x":1}]}"#)
        #expect(listItem.errors.map(\.message) == [
            #"Variable "$v" got invalid value { x: 1 } at "v[1]"; String cannot represent a non string value: { x: 1 }"#
        ])
    }

    @Test("every invalid variable is reported")
    func reportsEveryVariable() async throws {
        let result = try await Self.run(
            "query ($a: Int, $b: String!) { fieldWithInt(input: $a) list(input: [$b]) }", variables: #"{"a":1.5}"#)
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == [
            #"Variable "$a" got invalid value 1.5; Int cannot represent non-integer value: 1.5"#,
            #"Variable "$b" of required type "String!" was not provided."#,
        ])
        #expect(result.errors.map(\.locations) == [[SourcePosition(line: 1, column: 8)], [SourcePosition(line: 1, column: 17)]])
    }

    @Test("a variable of an output type cannot be used as input")
    func outputTypeVariable() async throws {
        let result = try await Self.run("query ($x: Query) { fieldWithInt }")
        #expect(result.errors.map(\.message) == [
            #"Variable "$x" expected value of type "Query" which cannot be used as an input type."#
        ])
    }

    @Test("enum variables accept value names only")
    func enumVariable() async throws {
        let query = "query ($c: Color) { color(input: $c) }"
        #expect(H.data(try await Self.run(query, variables: #"{"c":"RED"}"#)) == #"{"color":"\"RED\""}"#)
        let invalid = try await Self.run(query, variables: #"{"c":"BLUE"}"#)
        #expect(invalid.data == nil)
        #expect(invalid.errors.first?.message.hasPrefix(#"Variable "$c" got invalid value "BLUE"; Value "BLUE" does not exist in "Color" enum."#) == true)
    }
}
