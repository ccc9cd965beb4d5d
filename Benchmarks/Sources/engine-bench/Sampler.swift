/// The median and 90th percentile of the time one operation takes.
struct Timing: Sendable {
    let p50: Duration
    let p90: Duration
    let samples: Int
}

/// Times an operation with `ContinuousClock`: a warm-up that also sizes the batches, then samples of
/// batches long enough (about a millisecond) that clock reads and scheduling do not dominate fast cases.
struct Sampler: Sendable {
    var warmUp: Duration = .milliseconds(300)
    /// How long to keep sampling each library on each case.
    var duration: Duration = .seconds(2)
    /// Fewer samples than this give a noisy median, so slow operations run past `duration` to reach it.
    var minimumSamples = 15
    /// The time one sample should take; fast operations repeat within a sample to fill it.
    var sampleTarget: Duration = .milliseconds(1)

    private let clock = ContinuousClock()

    func measure(_ operation: Operation) async throws -> Timing {
        let perOperation = try await warmUpEstimate(operation)
        let batch = max(1, Int(sampleTarget / max(perOperation, .nanoseconds(1))))
        var samples: [Duration] = []
        let deadline = clock.now.advanced(by: duration)
        while clock.now < deadline || samples.count < minimumSamples {
            let start = clock.now
            for _ in 0..<batch { try await operation() }
            samples.append((clock.now - start) / batch)
        }
        samples.sort()
        return Timing(p50: percentile(50, of: samples), p90: percentile(90, of: samples), samples: samples.count)
    }

    /// Runs the operation for the warm-up period (at least three times) and returns its mean time.
    private func warmUpEstimate(_ operation: Operation) async throws -> Duration {
        let start = clock.now
        var runs = 0
        while runs < 3 || clock.now - start < warmUp {
            try await operation()
            runs += 1
        }
        return (clock.now - start) / runs
    }

    /// Nearest-rank percentile of sorted samples.
    private func percentile(_ rank: Int, of sorted: [Duration]) -> Duration {
        let index = (sorted.count * rank + 99) / 100 - 1
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}
