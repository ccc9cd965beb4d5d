/// Names one loader of a registry; its associated types fix that loader's key and value types.
///
/// Declare one empty enum per batch function, e.g. `enum TutorByID: DataLoaderKey { typealias Key = Int;
/// typealias Value = Tutor }`, so `registry.loader(for: TutorByID.self)` is typed without casts at call sites.
public protocol DataLoaderKey {
    associatedtype Key: Hashable & Sendable
    associatedtype Value: Sendable
}

/// The loaders of one request, dispatched together by the executor between levels of the result.
public final class DataLoaderRegistry: BatchDispatcher {
    private let loaders = Locked<[ObjectIdentifier: any QueuedLoader]>([:])

    public init() {}

    /// The request's loader named `name`, created by `make` on first use.
    public func loader<Name: DataLoaderKey>(
        for name: Name.Type,
        make: () -> DataLoader<Name.Key, Name.Value>
    ) -> DataLoader<Name.Key, Name.Value> {
        let id = ObjectIdentifier(name)
        if let existing = loaders.withLock({ $0[id] }) { return existing as! DataLoader<Name.Key, Name.Value> }
        // Built outside the lock (it is caller code); if another task won the race, its loader is kept.
        let created = make()
        let stored = loaders.withLock { loaders in
            if let existing = loaders[id] { return existing }
            loaders[id] = created
            return created
        }
        return stored as! DataLoader<Name.Key, Name.Value>
    }

    /// Dispatches every loader with queued keys, concurrently; `false` when none had any.
    ///
    /// Settling a batch can queue new keys (a `flatMap` chain), which the next call dispatches.
    public func dispatchPendingBatches() async -> Bool {
        let pending = loaders.withLock { Array($0.values) }.filter(\.hasQueuedKeys)
        guard !pending.isEmpty else { return false }
        if pending.count == 1 {
            await pending[0].dispatch()
            return true
        }
        await withTaskGroup(of: Void.self) { group in
            for loader in pending {
                group.addTask { await loader.dispatch() }
            }
        }
        return true
    }
}

/// A loader seen without its key and value types, as the registry holds it.
protocol QueuedLoader: AnyObject, Sendable {
    var hasQueuedKeys: Bool { get }
    @discardableResult func dispatch() async -> Bool
}

extension DataLoader: QueuedLoader {}
