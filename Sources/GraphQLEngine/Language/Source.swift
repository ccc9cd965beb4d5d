/// A GraphQL document's text as the lexer reads it: UTF-8 bytes plus a name for error messages.
///
/// The bytes are copied out of the `String` once, so lexing walks a flat buffer instead of
/// decoding characters; line and column are computed only when an error needs them.
public struct Source: Sendable {
    /// Shown where a location is printed with its source, e.g. `GraphQL request:1:5`.
    public let name: String
    /// The document's UTF-8 bytes; token and node `Location`s are offsets into them.
    public let bytes: [UInt8]

    public init(_ body: String, name: String = "GraphQL request") {
        self.name = name
        self.bytes = Array(body.utf8)
    }

    /// The document's text, decoded again from its bytes.
    public var body: String { String(decoding: bytes, as: UTF8.self) }

    /// The 1-based line and column of a byte offset, the way graphql-js reports them.
    ///
    /// Lines end at `\n`, `\r\n` or a lone `\r`; columns count UTF-16 code units, so a character
    /// outside the Basic Multilingual Plane advances the column by two.
    public func position(of offset: Int) -> SourcePosition {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                line += 1
                column = 1
                if index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
            } else if byte & 0xC0 != 0x80 {
                // A leading byte starts a new character; four-byte sequences are surrogate pairs in UTF-16.
                column += byte >= 0xF0 ? 2 : 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
