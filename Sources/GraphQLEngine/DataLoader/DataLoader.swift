/// Collects the keys a request asks for and loads them together, one batch function call per dispatch.
///
/// One instance lives for one request (its cache is the request's view of the data). Resolvers call
/// `deferred(_:)` and return the promise as `Resolution.deferred`; once a level of the result has been
/// resolved the executor dispatches every loader through the `DataLoaderRegistry`, so a level touching
/// 100 parents costs one batch call, not 100.
public final class DataLoader<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Loads many keys at once, e.g. `WHERE id = ANY($1)`; a key missing from the result loads as `nil`.
    public typealias BatchFunction = @Sendable ([Key]) async throws -> [Key: Value]

    /// The queue and cache, guarded together so a key is never queued twice.
    private struct State: Sendable {
        /// Every key asked for in this request, loaded or not, with its promise.
        var cache: [Key: Promise<Value?>] = [:]
        /// Keys asked for since the last dispatch, in first-asked order.
        var queue: [(key: Key, promise: Promise<Value?>)] = []
    }

    /// The most keys one batch function call receives; larger queues are split into concurrent calls.
    public let maxBatchSize: Int
    private let batch: BatchFunction
    private let state = Locked(State())

    public init(maxBatchSize: Int = 1000, batch: @escaping BatchFunction) {
        precondition(maxBatchSize > 0, "maxBatchSize must be positive")
        self.maxBatchSize = maxBatchSize
        self.batch = batch
    }

    /// The promise of `key`'s value, queuing the key unless this request already asked for it.
    public func deferred(_ key: Key) -> Promise<Value?> {
        state.withLock { state in
            if let cached = state.cache[key] { return cached }
            let promise = Promise<Value?>()
            state.cache[key] = promise
            state.queue.append((key, promise))
            return promise
        }
    }

    /// The promise of every key's value, in the order of `keys` (a list field's children).
    public func deferred(many keys: some Sequence<Key>) -> Promise<[Value?]> {
        Promise.all(keys.map(deferred))
    }

    /// Seeds the cache with a value loaded some other way (a list query returning whole rows); a key already
    /// cached or queued keeps its value.
    public func prime(_ key: Key, _ value: Value) {
        state.withLock { state in
            if state.cache[key] == nil { state.cache[key] = Promise(value: value) }
        }
    }

    /// Forgets `key`, so the next request for it loads again (after a mutation changed the row).
    public func clear(_ key: Key) {
        _ = state.withLock { state in state.cache.removeValue(forKey: key) }
    }

    /// Forgets every cached key; keys already queued still settle their waiters.
    public func clearAll() {
        state.withLock { state in state.cache.removeAll() }
    }

    /// Whether keys are waiting for a dispatch.
    public var hasQueuedKeys: Bool {
        state.withLock { !$0.queue.isEmpty }
    }

    /// Runs the batch function for every queued key and settles their promises; returns `false` when the
    /// queue was empty.
    ///
    /// The queue is split into batches of at most `maxBatchSize` keys, run concurrently.
    @discardableResult
    public func dispatch() async -> Bool {
        let queued = state.withLock { state in
            defer { state.queue.removeAll() }
            return state.queue
        }
        guard !queued.isEmpty else { return false }
        await withTaskGroup(of: Void.self) { group in
            for start in stride(from: 0, to: queued.count, by: maxBatchSize) {
                let slice = queued[start..<min(start + maxBatchSize, queued.count)]
                group.addTask { await self.runBatch(Array(slice)) }
            }
        }
        return true
    }

    /// One batch function call: settles each waiter with its key's value, or all of them with the error.
    private func runBatch(_ entries: [(key: Key, promise: Promise<Value?>)]) async {
        do {
            let values = try await batch(entries.map(\.key))
            for entry in entries { entry.promise.settle(.success(values[entry.key])) }
        } catch {
            forget(entries)
            for entry in entries { entry.promise.settle(.failure(error)) }
        }
    }

    /// Drops failed keys from the cache so a retry loads them again, unless they were re-cached meanwhile.
    private func forget(_ entries: [(key: Key, promise: Promise<Value?>)]) {
        state.withLock { state in
            for entry in entries where state.cache[entry.key] === entry.promise {
                state.cache.removeValue(forKey: entry.key)
            }
        }
    }
}
