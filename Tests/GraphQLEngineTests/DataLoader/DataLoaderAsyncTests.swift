import Testing

@testable import GraphQLEngine

@Suite("DataLoader async loads")
struct DataLoaderAsyncTests {
    @Test("load dispatches on its own when no level dispatch runs")
    func loadAutoDispatches() async throws {
        let recorder = BatchRecorder<Int, String> { "row \($0)" }
        let loader = recorder.makeLoader()
        #expect(try await loader.load(3) == "row 3")
        #expect(try await loader.load(many: [4, 3]) == ["row 4", "row 3"])
        #expect(recorder.recordedCalls == [[3], [4]])
    }

    @Test("load surfaces the batch error")
    func loadThrows() async {
        let loader = DataLoader<Int, Int> { _ in throw BatchFailure(id: 7) }
        await #expect(throws: BatchFailure(id: 7)) { try await loader.load(1) }
    }

    @Test("concurrent loads of overlapping keys load each key once and all get the right value")
    func concurrentLoadsAreSafe() async throws {
        let recorder = BatchRecorder<Int, Int> { $0 * 2 }
        let loader = recorder.makeLoader()
        let results = try await withThrowingTaskGroup(of: (Int, Int?).self) { group in
            for index in 0..<1000 {
                group.addTask { (index, try await loader.load(index % 100)) }
            }
            return try await group.reduce(into: [(Int, Int?)]()) { $0.append($1) }
        }
        #expect(results.count == 1000)
        for (index, value) in results { #expect(value == (index % 100) * 2) }

        let loadedKeys = recorder.recordedCalls.flatMap { $0 }
        #expect(loadedKeys.count == 100)
        #expect(Set(loadedKeys) == Set(0..<100))
        #expect(recorder.recordedCalls.count < 100, "sibling loads should share batches")
    }
}
