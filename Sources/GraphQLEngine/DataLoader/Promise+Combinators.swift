extension Promise {
    /// A promise of `transform(value)`: for resolvers that return one column of a loaded row.
    ///
    /// A thrown error or a failure of this promise fails the new one.
    public func map<NewValue: Sendable>(
        _ transform: @escaping @Sendable (Value) throws -> NewValue
    ) -> Promise<NewValue> {
        let mapped = Promise<NewValue>()
        observe { result in
            mapped.settle(Result { try transform(result.get()) })
        }
        return mapped
    }

    /// A promise chained on a second load, e.g. a booking's tutor loaded once the booking arrived.
    ///
    /// `transform` runs when this promise settles, usually inside a batch dispatch, so the inner load
    /// is queued then; the registry reports it as pending work and the executor dispatches it next round.
    public func flatMap<NewValue: Sendable>(
        _ transform: @escaping @Sendable (Value) throws -> Promise<NewValue>
    ) -> Promise<NewValue> {
        let chained = Promise<NewValue>()
        observe { result in
            do {
                try transform(result.get()).observe { chained.settle($0) }
            } catch {
                chained.settle(.failure(error))
            }
        }
        return chained
    }

    /// A promise of every value in order, failing with the first failure to arrive.
    public static func all(_ promises: [Promise<Value>]) -> Promise<[Value]> {
        let combined = Promise<[Value]>()
        guard !promises.isEmpty else {
            combined.settle(.success([]))
            return combined
        }
        let collected = Locked(CollectedValues<Value>(count: promises.count))
        for (index, promise) in promises.enumerated() {
            promise.observe { result in
                switch result {
                case .failure(let error):
                    combined.settle(.failure(error))
                case .success(let value):
                    let complete = collected.withLock { $0.store(value, at: index) }
                    if let complete { combined.settle(.success(complete)) }
                }
            }
        }
        return combined
    }
}

/// The values of `Promise.all` as they arrive in any order.
private struct CollectedValues<Value: Sendable>: Sendable {
    private var values: [Value?]
    private var missing: Int

    init(count: Int) {
        values = Array(repeating: nil, count: count)
        missing = count
    }

    /// Stores one value; returns all of them, in order, once the last one arrived.
    mutating func store(_ value: Value, at index: Int) -> [Value]? {
        values[index] = value
        missing -= 1
        return missing == 0 ? values.map { $0! } : nil
    }
}
