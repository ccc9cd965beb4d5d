import Testing

@testable import GraphQLEngine

/// `GraphQLService.rootFieldSelections(of:)`: what a prepared operation's root fields will receive, before it runs.
@Suite("Execution: root field selections")
struct RootFieldSelectionsTests {
    static func service() throws -> GraphQLService {
        let schema = try buildSchema(
            """
            type Query { hello: String }
            input SendInput { text: String!, clientMutationId: String }
            type Mutation { send(input: SendInput!): Int, bump(by: Int = 1): Int }
            """,
            resolvers: ResolverMap(fields: [
                "Query": ["hello": ExecutionHarness.constant("world")],
                "Mutation": ["send": ExecutionHarness.constant(1), "bump": ExecutionHarness.constant(1)],
            ]))
        return GraphQLService(schema: schema)
    }

    /// Prepares `query` with `variables`; fails the test when it does not prepare.
    static func selections(_ query: String, variables: ObjectValue? = nil) throws -> [RootFieldSelection]? {
        let service = try service()
        guard case .ready(let operation) = service.prepare(GraphQLRequest(query: query, variables: variables)) else {
            Issue.record("\(query) did not prepare")
            return nil
        }
        return service.rootFieldSelections(of: operation)
    }

    @Test("arguments come coerced, from literals and variables, defaults applied, aliases as response keys")
    func coercedArguments() throws {
        let selections = try Self.selections(
            """
            mutation ($id: String) {
              first: send(input: { text: "a", clientMutationId: $id })
              bump
            }
            """, variables: ["id": .string("cm-1")])
        #expect(
            selections == [
                RootFieldSelection(
                    responseKey: "first", fieldName: "send",
                    arguments: ["input": .object(["text": .string("a"), "clientMutationId": .string("cm-1")])]),
                RootFieldSelection(responseKey: "bump", fieldName: "bump", arguments: ["by": .int(1)]),
            ])
    }

    @Test("fragments are followed, skipped fields left out, meta-fields listed without arguments")
    func collection() throws {
        let selections = try Self.selections(
            """
            mutation ($skip: Boolean!) { ...Writes bump @skip(if: $skip) __typename }
            fragment Writes on Mutation { send(input: { text: "b" }) }
            """, variables: ["skip": .bool(true)])
        #expect(selections?.map(\.responseKey) == ["send", "__typename"])
        #expect(selections?.last?.arguments == [:])
    }

    @Test("variables that do not coerce give nil: execution reports them and runs nothing")
    func uncoercibleVariables() throws {
        let selections = try Self.selections(
            "mutation ($id: String) { send(input: { text: \"a\", clientMutationId: $id }) }",
            variables: ["id": .int(3)])
        #expect(selections == nil)
    }
}
