/// One run of a benchmarked operation; it throws when the library reports an error, so a broken input
/// stops the benchmark instead of timing the error path.
typealias Operation = @Sendable () async throws -> Void

/// Produces an execution case's response as JSON bytes, to check both libraries answer alike.
typealias Response = @Sendable () async throws -> [UInt8]

/// One library's side of an execution case: the timed run, and the response it gives as JSON.
struct Execution: Sendable {
    let run: Operation
    let response: Response
}

/// One row of the table: the same input through both libraries.
struct BenchmarkCase: Sendable {
    let name: String
    /// The document's size in bytes, for the MB/s column of parse cases; `nil` elsewhere.
    var parsedBytes: Int? = nil
    let ours: Operation
    let graphQLSwift: Operation
    /// For execution cases: each library's response, compared once before timing.
    var responses: (ours: Response, graphQLSwift: Response)? = nil
}
