/// A half-open byte range `[start, end)` into the UTF-8 bytes of a `Source`.
///
/// Nodes store byte offsets only; line and column are computed on demand (errors are rare,
/// parsing is hot), the way graphql-js keeps `location.ts` separate from the lexer.
public struct Location: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A 1-based line and column, as GraphQL errors report them.
///
/// Columns count UTF-16 code units, as graphql-js does, so clients see the same numbers
/// from every server.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
