/// A half-open byte range `[start, end)` into the UTF-8 bytes of a `Source`.
///
/// Nodes store byte offsets only; line and column are computed on demand (errors are rare,
/// parsing is hot), the way graphql-js keeps `location.ts` separate from the lexer.
///
/// The offsets are stored in 32 bits, which halves every node's location (each node has one, each name
/// another); `Parser` refuses documents too large for them.
public struct Location: Sendable, Hashable {
    private var start32: UInt32
    private var end32: UInt32

    /// The largest document, in bytes, whose offsets fit.
    static let maxOffset = Int(UInt32.max)

    public init(start: Int, end: Int) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
    }

    public var start: Int {
        get { Int(start32) }
        set { start32 = UInt32(truncatingIfNeeded: newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = UInt32(truncatingIfNeeded: newValue) }
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
