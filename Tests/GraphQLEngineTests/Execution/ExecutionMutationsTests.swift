import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Mutation root fields run serially, after graphql-js's `mutations-test.ts`: each field and its whole
/// sub-selection finish before the next field starts, even when every resolver is async.
@Suite("Execution: mutations")
struct ExecutionMutationsTests {
    /// Every field is async and records when it starts and ends.
    static func schema(log: ExecutionEventLog) throws -> GraphQLSchema {
        func recorded(_ name: String, _ value: (any Sendable)?) -> FieldResolver {
            { _, _, _ in
                .async {
                    log.record("start \(name)")
                    try await Task.sleep(for: .milliseconds(10))
                    log.record("end \(name)")
                    return value
                }
            }
        }
        return try buildSchema(
            """
            type Query { unused: Int }
            type Mutation { first: Counter second: Counter failing: Int! third: Int }
            type Counter { value: Int }
            """,
            resolvers: ResolverMap(fields: [
                "Mutation": [
                    "first": recorded("first", "counter"), "second": recorded("second", "counter"),
                    "third": recorded("third", 3), "failing": H.failing(GraphQLError("Cannot do that")),
                ],
                "Counter": ["value": recorded("value", 1)],
            ]))
    }

    @Test("each root field and its sub-selection finish before the next root field starts")
    func serialOrder() async throws {
        let log = ExecutionEventLog()
        let result = try await H.run(try Self.schema(log: log), "mutation { first { value } second { value } third }")
        #expect(H.data(result) == #"{"first":{"value":1},"second":{"value":1},"third":3}"#)
        #expect(log.recorded == [
            "start first", "end first", "start value", "end value",
            "start second", "end second", "start value", "end value",
            "start third", "end third",
        ])
    }

    @Test("a null bubbling to the mutation root stops the fields after it")
    func failureStopsLaterFields() async throws {
        let log = ExecutionEventLog()
        let result = try await H.run(try Self.schema(log: log), "mutation { first { value } failing third }")
        #expect(result.data == .null)
        #expect(result.errors.map(\.message) == ["Cannot do that"])
        #expect(!log.recorded.contains("start third"))
    }
}
