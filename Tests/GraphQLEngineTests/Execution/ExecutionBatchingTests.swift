import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Counts how often the executor asks for a dispatch and how often there was something to dispatch.
private final class CountingDispatcher: BatchDispatcher {
    let registry = DataLoaderRegistry()
    let log = ExecutionEventLog()

    func dispatchPendingBatches() async -> Bool {
        let dispatched = await registry.dispatchPendingBatches()
        log.record(dispatched ? "dispatched" : "idle")
        return dispatched
    }
}

private enum DoubleOf: DataLoaderKey {
    typealias Key = Int
    typealias Value = Int
}

private enum NameOf: DataLoaderKey {
    typealias Key = Int
    typealias Value = String
}

/// The executor's side of batching: every resolver of a level runs before one dispatch, so a level
/// touching 100 parents calls each batch function once; settling may queue more loads, dispatched before
/// the level completes; levels without promises never dispatch.
@Suite("Execution: batching")
struct ExecutionBatchingTests {
    private static func schema(batches: ExecutionEventLog) throws -> GraphQLSchema {
        @Sendable func doubles(_ info: ResolveInfo) -> DataLoader<Int, Int> {
            (info.context as! CountingDispatcher).registry.loader(for: DoubleOf.self) {
                DataLoader { keys in
                    batches.record("doubles \(keys.count)")
                    return Dictionary(uniqueKeysWithValues: keys.map { ($0, $0 * 2) })
                }
            }
        }
        @Sendable func names(_ info: ResolveInfo) -> DataLoader<Int, String> {
            (info.context as! CountingDispatcher).registry.loader(for: NameOf.self) {
                DataLoader { keys in
                    batches.record("names \(keys.count)")
                    return Dictionary(uniqueKeysWithValues: keys.map { ($0, "n\($0)") })
                }
            }
        }
        return try buildSchema(
            """
            type Query { parents: [Node] }
            type Node { id: Int double: Node chainedName: String }
            """,
            resolvers: ResolverMap(fields: [
                "Query": ["parents": H.constant(Array(0..<100))],
                "Node": [
                    "id": { source, _, _ in .value(source) },
                    "double": { source, _, info in .deferred(doubles(info).deferred(source as! Int)) },
                    "chainedName": { source, _, info in
                        // The name load is queued only once the double settles: a second round in the same level.
                        .deferred(doubles(info).deferred(source as! Int).flatMap { double in names(info).deferred(double!) })
                    },
                ],
            ]))
    }

    @Test("100 parents cost one batch call per level and one dispatch round per level")
    func oncePerLevel() async throws {
        let batches = ExecutionEventLog()
        let dispatcher = CountingDispatcher()
        let result = try await H.run(
            try Self.schema(batches: batches), "{ parents { id double { id double { id } } } }",
            context: dispatcher, dispatcher: dispatcher)
        let parents = try #require(result.data?["parents"]?.listValue)
        #expect(parents.count == 100)
        #expect(H.json(parents[3]) == #"{"id":3,"double":{"id":6,"double":{"id":12}}}"#)
        // The second level asks for 0, 2, … 198: the 50 keys below 100 are already in the request cache.
        #expect(batches.recorded == ["doubles 100", "doubles 50"])
        #expect(dispatcher.log.recorded == ["dispatched", "idle", "dispatched", "idle"])
    }

    @Test("loads queued while a batch settles are dispatched within the same level")
    func chainedLoads() async throws {
        let batches = ExecutionEventLog()
        let dispatcher = CountingDispatcher()
        let result = try await H.run(
            try Self.schema(batches: batches), "{ parents { chainedName } }", context: dispatcher,
            dispatcher: dispatcher)
        #expect(result.data?["parents"]?.listValue?[5] == .object(["chainedName": .string("n10")]))
        #expect(batches.recorded == ["doubles 100", "names 100"])
        #expect(dispatcher.log.recorded == ["dispatched", "dispatched", "idle"])
    }

    @Test("levels that resolve synchronously never dispatch")
    func noPromisesNoDispatch() async throws {
        let dispatcher = CountingDispatcher()
        let result = try await H.run(
            try Self.schema(batches: ExecutionEventLog()), "{ parents { id } }", context: dispatcher,
            dispatcher: dispatcher)
        #expect(result.data?["parents"]?.listValue?.count == 100)
        #expect(dispatcher.log.recorded.isEmpty)
    }
}
