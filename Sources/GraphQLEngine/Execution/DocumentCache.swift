/// A parsed document kept for its query text, with its validation outcome when that does not depend on
/// the request's variables.
struct CachedDocument: Sendable {
    let document: Document
    let source: Source
    /// The validation errors (empty when valid); `nil` when validation must run per request because a cost
    /// limit reads the variables.
    let validationErrors: [GraphQLError]?
}

/// A bounded cache of parsed documents keyed by query text, so hot queries skip parsing and validation.
///
/// Least recently used entries go first: when full, the oldest quarter is dropped at once, which keeps
/// eviction's sort amortized over many insertions and the hot path a dictionary lookup under a lock.
final class DocumentCache: Sendable {
    private struct Entry: Sendable {
        var document: CachedDocument
        var lastUsed: UInt64
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        var clock: UInt64 = 0
    }

    let capacity: Int
    private let state = Locked(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached document for `query`, marking it recently used.
    func document(for query: String) -> CachedDocument? {
        state.withLock { state in
            guard state.entries[query] != nil else { return nil }
            state.clock += 1
            state.entries[query]?.lastUsed = state.clock
            return state.entries[query]?.document
        }
    }

    func store(_ document: CachedDocument, for query: String) {
        guard capacity > 0 else { return }
        state.withLock { state in
            state.clock += 1
            state.entries[query] = Entry(document: document, lastUsed: state.clock)
            guard state.entries.count > capacity else { return }
            let evictions = max(1, capacity / 4)
            let oldest = state.entries.sorted { $0.value.lastUsed < $1.value.lastUsed }.prefix(evictions)
            for (key, _) in oldest { state.entries[key] = nil }
        }
    }

    var count: Int { state.withLock { $0.entries.count } }
}
