@testable import GraphQLEngine

/// A batch function for tests that records every call's keys and answers from a fixed rule.
final class BatchRecorder<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let calls = Locked<[[Key]]>([])
    private let answer: @Sendable (Key) -> Value?

    /// `answer` gives each key's value; `nil` leaves the key out of the returned dictionary.
    init(answer: @escaping @Sendable (Key) -> Value?) {
        self.answer = answer
    }

    /// The keys of each call so far, in call order.
    var recordedCalls: [[Key]] { calls.withLock { $0 } }

    /// A loader whose batch function is this recorder.
    func makeLoader(maxBatchSize: Int = 1000) -> DataLoader<Key, Value> {
        DataLoader(maxBatchSize: maxBatchSize) { keys in
            self.calls.withLock { $0.append(keys) }
            var values: [Key: Value] = [:]
            for key in keys { values[key] = self.answer(key) }
            return values
        }
    }
}

/// An error with an identity, to check every waiter receives the same one.
struct BatchFailure: Error, Equatable {
    let id: Int
}
