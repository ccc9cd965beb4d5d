/// A value that is settled exactly once, later: what a `DataLoader` hands out for a queued key.
///
/// Resolvers return it as `Resolution.deferred`, so the executor can finish a whole level of the result
/// before the batch runs; callbacks registered before settlement run once, on the settling thread, and
/// callbacks registered afterwards run at once.
public final class Promise<Value: Sendable>: DeferredValue, Sendable {
    /// What the promise knows so far.
    private enum State: Sendable {
        case pending([@Sendable (Result<Value, any Error>) -> Void])
        case settled(Result<Value, any Error>)
    }

    private let state: Locked<State>

    /// A pending promise; settle it with `settle(_:)`.
    public init() {
        state = Locked(.pending([]))
    }

    /// A promise that already holds `result` (a cache hit, a primed key).
    public init(settled result: Result<Value, any Error>) {
        state = Locked(.settled(result))
    }

    /// A promise that already holds `value`.
    public convenience init(value: Value) {
        self.init(settled: .success(value))
    }

    /// Whether the value or error has arrived.
    public var isSettled: Bool {
        state.withLock { state in
            if case .settled = state { return true }
            return false
        }
    }

    /// The result once settled; `nil` while pending.
    public var result: Result<Value, any Error>? {
        state.withLock { state in
            if case .settled(let result) = state { return result }
            return nil
        }
    }

    /// Delivers `result` to every waiter; a promise settles once, so later calls are ignored.
    public func settle(_ result: Result<Value, any Error>) {
        let callbacks: [@Sendable (Result<Value, any Error>) -> Void]? = state.withLock { state in
            guard case .pending(let callbacks) = state else { return nil }
            state = .settled(result)
            return callbacks
        }
        // Outside the lock: a callback may queue more loads or observe this promise again.
        for callback in callbacks ?? [] { callback(result) }
    }

    /// Calls `callback` once with the result: at once when settled, otherwise when `settle` runs.
    public func observe(_ callback: @escaping @Sendable (Result<Value, any Error>) -> Void) {
        let settled: Result<Value, any Error>? = state.withLock { state in
            switch state {
            case .pending(var callbacks):
                callbacks.append(callback)
                state = .pending(callbacks)
                return nil
            case .settled(let result):
                return result
            }
        }
        if let settled { callback(settled) }
    }

    /// Suspends until the promise settles: for `.async` resolvers and mutations.
    public func value() async throws -> Value {
        if let result { return try result.get() }
        return try await withCheckedThrowingContinuation { continuation in
            observe { continuation.resume(with: $0) }
        }
    }

    /// The executor's view: the value type-erased, with an optional's `nil` delivered as GraphQL null.
    public func whenSettled(_ callback: @escaping @Sendable (Result<(any Sendable)?, any Error>) -> Void) {
        observe { result in
            callback(result.map { value in flattenOptional(value) })
        }
    }
}

/// A loaded `nil` delivered as `nil`, not as a non-nil existential holding `Optional.none`.
///
/// A present optional stays boxed: `Sendable` is a marker protocol, so the wrapped value cannot be re-boxed
/// without knowing its type; dynamic casts (`as? Tutor`) see through the box.
func flattenOptional(_ value: some Sendable) -> (any Sendable)? {
    if let optional = value as? any OptionalBox, optional.isNone { return nil }
    return value
}

/// Lets `flattenOptional` test for `nil` without knowing the wrapped type.
private protocol OptionalBox {
    var isNone: Bool { get }
}

extension Optional: OptionalBox {
    fileprivate var isNone: Bool { self == nil }
}
