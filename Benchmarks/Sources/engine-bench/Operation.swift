/// One run of a benchmarked operation; it throws when the library reports an error, so a broken input
/// stops the benchmark instead of timing the error path.
typealias Operation = @Sendable () async throws -> Void

/// One row of the table: the same input through both libraries.
struct BenchmarkCase: Sendable {
    let name: String
    /// The document's size in bytes, for the MB/s column of parse cases; `nil` elsewhere.
    let parsedBytes: Int?
    let ours: Operation
    let graphQLSwift: Operation
}
