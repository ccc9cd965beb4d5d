import Synchronization
import TutorStore

/// The query texts this process has learned from automatic-persisted-query requests, by SHA-256.
///
/// Bounded by the total size of the texts it keeps, so a client registering many large queries cannot grow it
/// without limit: when a new text would pass the budget, the oldest registrations are forgotten first (their
/// clients simply register them again on the next `PERSISTED_QUERY_NOT_FOUND`). Per process, like the parsed
/// document cache: another instance behind a load balancer learns its own copy the same way.
public final class PersistedQueryCache: Sendable {
    private struct Entries {
        var textByHash: [String: String] = [:]
        /// Hashes in registration order; `head` is the oldest still kept.
        var order: [String] = []
        var head = 0
        var bytes = 0
    }

    private let entries = Mutex(Entries())
    /// The most UTF-8 bytes of query text kept at once.
    public let byteBudget: Int

    public init(byteBudget: Int = 16 << 20) {
        self.byteBudget = byteBudget
    }

    /// The text registered under `hash`, if this process still has it.
    func text(forHash hash: String) -> String? {
        entries.withLock { $0.textByHash[hash] }
    }

    /// Remembers `text` under its hash after checking that `hash` really is its SHA-256, so one client cannot
    /// plant a different query under a hash another client will send.
    func register(_ text: String, hash: String) throws(GraphQLHTTPFailure) {
        guard Self.sha256Hex(of: text) == hash else {
            throw .badRequest("The persisted query's sha256Hash does not match the query.")
        }
        let size = text.utf8.count
        guard size <= byteBudget else { return }
        entries.withLock { entries in
            guard entries.textByHash[hash] == nil else { return }
            while entries.bytes + size > byteBudget, entries.head < entries.order.count {
                let oldest = entries.order[entries.head]
                entries.head += 1
                entries.bytes -= entries.textByHash.removeValue(forKey: oldest)?.utf8.count ?? 0
            }
            if entries.head > entries.order.count / 2 {
                entries.order.removeFirst(entries.head)
                entries.head = 0
            }
            entries.textByHash[hash] = text
            entries.order.append(hash)
            entries.bytes += size
        }
    }

    /// The lowercase hexadecimal SHA-256 of `text`'s UTF-8 bytes.
    static func sha256Hex(of text: String) -> String {
        SHA256Hex.of(Array(text.utf8))
    }
}
