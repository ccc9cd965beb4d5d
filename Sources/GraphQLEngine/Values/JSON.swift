/// A strict RFC 8259 JSON codec over UTF-8 bytes, between HTTP bodies and `Value`.
///
/// Hand-written rather than Foundation's `JSONSerialization`/`Codable`: it keeps object key order (GraphQL
/// responses must), never goes through `Any`, and reads and writes bytes without intermediate strings.
public enum JSON {
    /// The deepest nesting of arrays and objects `decode` accepts, so hostile input never exhausts the stack.
    public static let maximumDepth = 512
}
