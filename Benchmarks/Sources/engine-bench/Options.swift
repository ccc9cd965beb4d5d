/// The command line: `--seconds N` sets how long each library is sampled per case (default 2),
/// `--filter TEXT` keeps the cases whose name contains TEXT.
struct Options {
    var sampler = Sampler()
    var filter: String?

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--seconds":
                guard let text = remaining.popFirst(), let seconds = Double(text), seconds > 0 else {
                    throw BenchmarkFailure("--seconds needs a positive number")
                }
                sampler.duration = .milliseconds(Int(seconds * 1_000))
            case "--filter":
                guard let text = remaining.popFirst() else { throw BenchmarkFailure("--filter needs a text") }
                filter = text
            default:
                throw BenchmarkFailure("unknown argument \(argument); use --seconds N or --filter TEXT")
            }
        }
    }
}
