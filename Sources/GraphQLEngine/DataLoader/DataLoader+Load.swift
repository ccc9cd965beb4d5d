extension DataLoader {
    /// Scheduler turns `load` waits for sibling tasks to queue their keys before dispatching on its own.
    static var siblingYields: Int { 4 }

    /// Loads `key` from async code (an `.async` resolver, a mutation) that cannot return a promise.
    ///
    /// The key joins the queue like a `deferred` one; if no level dispatch picks it up, this call dispatches
    /// the queue itself after yielding a few scheduler turns so concurrent siblings can queue their keys into
    /// the same batch. The trade-off: a lone load pays those few turns (microseconds), and siblings that reach
    /// their `load` later than that get a batch of their own. Resolvers inside a level should prefer
    /// `deferred`, which batches the whole level deterministically.
    public func load(_ key: Key) async throws -> Value? {
        try await dispatchingIfIdle(deferred(key))
    }

    /// Loads every key from async code, in the order of `keys`, batching as `load(_:)` does.
    public func load(many keys: some Sequence<Key>) async throws -> [Value?] {
        try await dispatchingIfIdle(deferred(many: keys))
    }

    /// Awaits `promise`, dispatching the queue itself when nobody else did within `siblingYields` turns.
    private func dispatchingIfIdle<Result>(_ promise: Promise<Result>) async throws -> Result {
        var turns = 0
        while !promise.isSettled, turns < Self.siblingYields {
            await Task.yield()
            turns += 1
        }
        if !promise.isSettled { await dispatch() }
        return try await promise.value()
    }
}
