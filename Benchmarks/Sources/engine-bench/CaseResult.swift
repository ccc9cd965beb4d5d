/// What one case measured: both libraries' timings and allocation counts.
struct CaseResult: Sendable {
    let name: String
    let parsedBytes: Int?
    let ours: Timing
    let graphQLSwift: Timing
    /// `nil` when the allocation counter is not active in this process.
    let ourAllocations: Double?
    let graphQLSwiftAllocations: Double?

    /// How many times longer GraphQLSwift's median takes than ours.
    var ratio: Double { graphQLSwift.p50 / ours.p50 }

    /// Parse throughput at the median, in decimal megabytes per second.
    func megabytesPerSecond(_ timing: Timing) -> Double? {
        parsedBytes.map { Double($0) / 1e6 / timing.p50.seconds }
    }
}

extension Duration {
    /// The duration as fractional seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
