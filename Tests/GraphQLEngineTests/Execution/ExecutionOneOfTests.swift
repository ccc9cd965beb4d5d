import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// `@oneOf` input objects as arguments: exactly one non-null field, from literals and from variables.
@Suite("Execution: @oneOf")
struct ExecutionOneOfTests {
    static let schema: GraphQLSchema = try! buildSchema(
        """
        input TestInputObject @oneOf { a: String b: Int }
        type Query { test(input: TestInputObject!): String }
        """,
        resolvers: ResolverMap(fields: [
            "Query": ["test": { _, arguments, _ in .value(arguments["input"]?.inspected) }]
        ]))

    @Test("one field given as a literal or a variable is accepted")
    func acceptsOneField() async throws {
        #expect(H.data(try await H.run(Self.schema, #"{ test(input: {a: "abc"}) }"#)) == #"{"test":"{ a: \"abc\" }"}"#)
        let query = "query ($input: TestInputObject!) { test(input: $input) }"
        #expect(H.data(try await H.run(Self.schema, query, variables: #"{"input":{"b":123}}"#)) == #"{"test":"{ b: 123 }"}"#)
    }

    @Test("two fields in a literal are a field error")
    func rejectsTwoLiteralFields() async throws {
        let result = try await H.run(Self.schema, #"{ test(input: {a: "abc", b: 123}) }"#)
        #expect(result.data.map(H.json) == #"{"test":null}"#)
        #expect(result.errors.map(\.message) == [#"Argument "input" has invalid value {a: "abc", b: 123}."#])
        #expect(result.errors.first?.code == .badUserInput)
    }

    @Test("a variable with two fields or a null field is a request error", arguments: [
        (#"{"input":{"a":"abc","b":123}}"#,
         #"Variable "$input" got invalid value { a: "abc", b: 123 }; Exactly one key must be specified for OneOf type "TestInputObject"."#),
        (#"{"input":{"a":null}}"#,
         #"Variable "$input" got invalid value null at "input.a"; Field "a" must be non-null."#),
    ])
    func rejectsInvalidVariables(variables: String, message: String) async throws {
        let result = try await H.run(
            Self.schema, "query ($input: TestInputObject!) { test(input: $input) }", variables: variables)
        #expect(result.data == nil)
        #expect(result.errors.map(\.message) == [message])
    }
}
