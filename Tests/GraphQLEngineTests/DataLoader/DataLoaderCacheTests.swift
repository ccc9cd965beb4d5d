import Testing

@testable import GraphQLEngine

@Suite("DataLoader cache and failures")
struct DataLoaderCacheTests {
    @Test("a failed batch fails every waiter with the same error and forgets their keys")
    func failurePropagatesAndClears() async throws {
        let attempts = Locked(0)
        let loader = DataLoader<Int, String> { keys in
            let attempt = attempts.withLock { count in
                count += 1
                return count
            }
            if attempt == 1 { throw BatchFailure(id: 42) }
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, "row \($0)") })
        }
        let first = loader.deferred(1)
        let second = loader.deferred(2)
        await loader.dispatch()
        await #expect(throws: BatchFailure(id: 42)) { try await first.value() }
        await #expect(throws: BatchFailure(id: 42)) { try await second.value() }

        let retry = loader.deferred(1)
        #expect(retry !== first)
        await loader.dispatch()
        #expect(try await retry.value() == "row 1")
        #expect(attempts.withLock { $0 } == 2)
    }

    @Test("a primed key is served from the cache; priming never overwrites")
    func primeSeedsCache() async throws {
        let recorder = BatchRecorder<Int, String> { "loaded \($0)" }
        let loader = recorder.makeLoader()
        loader.prime(1, "primed")
        let queued = loader.deferred(2)
        loader.prime(2, "too late")

        #expect(try await loader.deferred(1).value() == "primed")
        await loader.dispatch()
        #expect(try await queued.value() == "loaded 2")
        #expect(recorder.recordedCalls == [[2]])
    }

    @Test("clear forgets one key; clearAll forgets every key")
    func clearForgets() async throws {
        let recorder = BatchRecorder<Int, String> { "row \($0)" }
        let loader = recorder.makeLoader()
        _ = loader.deferred(many: [1, 2, 3])
        await loader.dispatch()

        loader.clear(2)
        #expect(loader.deferred(1).isSettled)
        #expect(loader.deferred(2).isSettled == false)
        await loader.dispatch()

        loader.clearAll()
        _ = loader.deferred(many: [1, 3])
        await loader.dispatch()
        #expect(recorder.recordedCalls == [[1, 2, 3], [2], [1, 3]])
    }

    @Test("a key cleared while queued still settles its waiter")
    func clearWhileQueued() async throws {
        let recorder = BatchRecorder<Int, String> { "row \($0)" }
        let loader = recorder.makeLoader()
        let waiting = loader.deferred(5)
        loader.clearAll()
        await loader.dispatch()
        #expect(try await waiting.value() == "row 5")
    }
}
