import Testing

@testable import GraphQLEngine

@Suite("DataLoader batching")
struct DataLoaderBatchingTests {
    @Test("many deferred keys become one batch call, in first-asked order")
    func batchesDeferredKeys() async throws {
        let recorder = BatchRecorder<Int, String> { "row \($0)" }
        let loader = recorder.makeLoader()
        let promises = (1...10).map { loader.deferred($0) }
        #expect(recorder.recordedCalls.isEmpty)

        #expect(await loader.dispatch())
        #expect(recorder.recordedCalls == [Array(1...10)])
        for (index, promise) in promises.enumerated() {
            #expect(try await promise.value() == "row \(index + 1)")
        }
    }

    @Test("a key asked for twice is queued once and shares one promise")
    func deduplicatesKeys() async {
        let recorder = BatchRecorder<Int, String> { "row \($0)" }
        let loader = recorder.makeLoader()
        let first = loader.deferred(7)
        let second = loader.deferred(7)
        _ = loader.deferred(8)
        #expect(first === second)

        await loader.dispatch()
        #expect(recorder.recordedCalls == [[7, 8]])
    }

    @Test("a cached key is served without another batch")
    func servesCacheHits() async throws {
        let recorder = BatchRecorder<Int, String> { "row \($0)" }
        let loader = recorder.makeLoader()
        _ = loader.deferred(1)
        await loader.dispatch()

        let again = loader.deferred(1)
        #expect(again.isSettled)
        #expect(try await again.value() == "row 1")
        #expect(await loader.dispatch() == false)
        #expect(recorder.recordedCalls.count == 1)
    }

    @Test("deferred(many:) delivers values in the order of the keys, not of the dictionary")
    func keepsKeyOrder() async throws {
        let recorder = BatchRecorder<Int, Int> { $0 * 10 }
        let loader = recorder.makeLoader()
        let values = loader.deferred(many: [30, 10, 20, 10])
        await loader.dispatch()
        #expect(try await values.value() == [300, 100, 200, 100])
        #expect(recorder.recordedCalls == [[30, 10, 20]])
    }

    @Test("a key missing from the batch result loads as nil")
    func missingKeyIsNil() async throws {
        let recorder = BatchRecorder<Int, String> { $0.isMultiple(of: 2) ? "even \($0)" : nil }
        let loader = recorder.makeLoader()
        let odd = loader.deferred(3)
        let even = loader.deferred(4)
        await loader.dispatch()
        #expect(try await odd.value() == nil)
        #expect(try await even.value() == "even 4")
    }

    @Test("2,500 keys with maxBatchSize 1000 make three calls of 1000, 1000 and 500 keys")
    func splitsLargeBatches() async throws {
        let recorder = BatchRecorder<Int, Int> { $0 }
        let loader = recorder.makeLoader()
        #expect(loader.maxBatchSize == 1000)
        let all = loader.deferred(many: 0..<2500)
        await loader.dispatch()

        let calls = recorder.recordedCalls
        #expect(calls.map(\.count).sorted() == [500, 1000, 1000])
        #expect(Set(calls.flatMap { $0 }) == Set(0..<2500))
        #expect(try await all.value() == Array(0..<2500))
    }

    @Test("an empty queue dispatches nothing")
    func emptyDispatch() async {
        let recorder = BatchRecorder<Int, Int> { $0 }
        let loader = recorder.makeLoader()
        #expect(await loader.dispatch() == false)
        #expect(recorder.recordedCalls.isEmpty)
    }
}
