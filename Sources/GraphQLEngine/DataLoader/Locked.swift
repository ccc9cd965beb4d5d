import Foundation

/// Mutable state shared between tasks and threads, reachable only while holding a lock.
///
/// The DataLoader's queue and cache and a promise's callbacks are touched from resolvers (synchronous code
/// on any thread) and from dispatch tasks, so an actor would force resolvers to suspend; a short lock does not.
final class Locked<State: Sendable>: @unchecked Sendable {
    // @unchecked: `state` is only read or written inside `withLock`, which holds `lock`.
    private let lock = NSLock()
    private var state: State

    init(_ state: State) {
        self.state = state
    }

    /// Runs `body` with exclusive access to the state; keep it short and never call out to user code inside.
    func withLock<Output>(_ body: (inout State) throws -> Output) rethrows -> Output {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
