import Testing

@testable import GraphQLEngine

@Suite("DataLoader promise")
struct DataLoaderPromiseTests {
    @Test("a promise settles once and calls each observer once, before or after settling")
    func settlesOnce() throws {
        let promise = Promise<Int>()
        let seen = Locked<[Int]>([])
        promise.observe { result in seen.withLock { $0.append((try? result.get()) ?? -1) } }
        #expect(promise.isSettled == false)

        promise.settle(.success(1))
        promise.settle(.success(2))
        promise.observe { result in seen.withLock { $0.append((try? result.get()) ?? -1) } }
        #expect(seen.withLock { $0 } == [1, 1])
        #expect(try promise.result?.get() == 1)
    }

    @Test("the executor sees a loaded nil as nil, and a value as itself")
    func whenSettledFlattensOptionals() {
        let missing = Promise<String?>(value: nil)
        let found = Promise<String?>(value: "x")
        let seen = Locked<[String]>([])
        for promise in [missing, found] {
            promise.whenSettled { result in
                let description = switch result {
                case .success(nil): "nil"
                case .success(let value?): "\(value as? String ?? "not a String")"
                case .failure: "failure"
                }
                seen.withLock { $0.append(description) }
            }
        }
        #expect(seen.withLock { $0 } == ["nil", "x"])
    }

    @Test("map transforms and forwards thrown errors")
    func mapTransforms() async throws {
        let promise = Promise<Int>()
        let doubled = promise.map { $0 * 2 }
        let failing = promise.map { _ -> Int in throw BatchFailure(id: 1) }
        promise.settle(.success(21))
        #expect(try await doubled.value() == 42)
        await #expect(throws: BatchFailure(id: 1)) { try await failing.value() }
    }

    @Test("all keeps order and fails with the first failure")
    func allCombines() async throws {
        let first = Promise<Int>()
        let second = Promise<Int>()
        let both = Promise.all([first, second])
        second.settle(.success(2))
        #expect(both.isSettled == false)
        first.settle(.success(1))
        #expect(try await both.value() == [1, 2])

        let failing = Promise.all([Promise<Int>(), Promise<Int>(settled: .failure(BatchFailure(id: 3)))])
        await #expect(throws: BatchFailure(id: 3)) { try await failing.value() }
        #expect(try await Promise<Int>.all([]).value() == [])
    }

    @Test("value() waits for a later settle")
    func valueAwaits() async throws {
        let promise = Promise<String>()
        async let waited = promise.value()
        await Task.yield()
        promise.settle(.success("done"))
        #expect(try await waited == "done")
    }
}
