import Foundation

/// Records what resolvers did, in order, from any thread: call counts and start/end events.
final class ExecutionEventLog: @unchecked Sendable {
    // @unchecked: `events` is only touched while holding `lock`.
    private let lock = NSLock()
    private var events: [String] = []

    func record(_ event: String) {
        lock.lock()
        defer { lock.unlock() }
        events.append(event)
    }

    var recorded: [String] {
        lock.lock()
        defer { lock.unlock() }
        return events
    }

    func count(of event: String) -> Int { recorded.filter { $0 == event }.count }
}
