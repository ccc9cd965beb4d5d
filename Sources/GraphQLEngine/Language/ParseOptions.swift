/// Limits and switches for `parse`: the guards that keep a hostile document from costing more
/// than a normal one.
public struct ParseOptions: Sendable {
    /// The most tokens (comments and end of file not counted) a document may hold before parsing
    /// stops with a syntax error; graphql-js's DoS guard, with the default Apollo Server uses.
    public var maxTokens: Int = 15_000
    /// The deepest nesting of selection sets, list and object values and list types a document may
    /// use; bounds the parser's recursion so no document can exhaust the stack.
    public var maxDepth: Int = 256
    /// Leaves every `Location` at `0..<0`: useful to compare trees parsed from different text.
    public var noLocation: Bool = false

    public init() {}
}
