/// Waits for a level's promises and async work: starts the async work concurrently, dispatches the queued
/// batches (again while settling queues more), then collects every outcome in the order of `pending`.
func settle(
    _ pending: [PendingField], dispatcher: (any BatchDispatcher)?
) async -> [Result<(any Sendable)?, any Error>] {
    var outcomes = [Result<(any Sendable)?, any Error>](repeating: .success(nil), count: pending.count)
    await withTaskGroup(of: (Int, Result<(any Sendable)?, any Error>).self) { group in
        var hasDeferred = false
        for (index, field) in pending.enumerated() {
            switch field.work {
            case .async(let operation):
                group.addTask {
                    do { return (index, .success(try await operation())) } catch { return (index, .failure(error)) }
                }
            case .deferred:
                hasDeferred = true
            }
        }
        if hasDeferred {
            if let dispatcher { while await dispatcher.dispatchPendingBatches() {} }
            for (index, field) in pending.enumerated() {
                if case .deferred(let promise) = field.work { outcomes[index] = await settlement(of: promise) }
            }
        }
        for await (index, outcome) in group { outcomes[index] = outcome }
    }
    return outcomes
}

/// The outcome of a promise, awaited without blocking a thread.
private func settlement(of promise: any DeferredValue) async -> Result<(any Sendable)?, any Error> {
    await withCheckedContinuation { continuation in
        promise.whenSettled { outcome in continuation.resume(returning: outcome) }
    }
}
