import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Query fields run concurrently: async resolvers of one level overlap rather than queue.
@Suite("Execution: concurrent query fields")
struct ExecutionConcurrentQueryFieldsTests {
    @Test("two async root fields are in flight at the same time")
    func rootFieldsOverlap() async throws {
        let log = ExecutionEventLog()
        /// Records its start, then waits (up to two seconds) to see the other field start.
        func rendezvous(_ name: String, waitingFor other: String) -> FieldResolver {
            { _, _, _ in
                .async {
                    log.record(name)
                    for _ in 0..<400 where !log.recorded.contains(other) {
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    return log.recorded.contains(other)
                }
            }
        }
        let schema = try buildSchema(
            "type Query { a: Boolean b: Boolean }",
            resolvers: ResolverMap(fields: [
                "Query": ["a": rendezvous("a", waitingFor: "b"), "b": rendezvous("b", waitingFor: "a")]
            ]))
        let result = try await H.run(schema, "{ a b }")
        #expect(H.data(result) == #"{"a":true,"b":true}"#)
    }

    @Test("async fields of sibling objects at one level overlap too")
    func nestedFieldsOverlap() async throws {
        let log = ExecutionEventLog()
        let schema = try buildSchema(
            "type Query { items: [Item] } type Item { slow: Boolean }",
            resolvers: ResolverMap(fields: [
                "Query": ["items": H.constant([1, 2, 3])],
                "Item": [
                    "slow": { source, _, _ in
                        .async {
                            log.record("start \(source)")
                            for _ in 0..<400 where log.recorded.filter({ $0.hasPrefix("start") }).count < 3 {
                                try await Task.sleep(for: .milliseconds(5))
                            }
                            return log.recorded.filter { $0.hasPrefix("start") }.count == 3
                        }
                    }
                ],
            ]))
        let result = try await H.run(schema, "{ items { slow } }")
        #expect(H.data(result) == #"{"items":[{"slow":true},{"slow":true},{"slow":true}]}"#)
    }
}
