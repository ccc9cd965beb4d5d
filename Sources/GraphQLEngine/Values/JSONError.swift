/// Why a JSON text was rejected, and at which byte: the HTTP layer turns it into a 400 response.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule of RFC 8259 (or of our limits) the text broke.
    public enum Reason: Sendable, Hashable {
        case unexpectedEnd
        /// A byte that cannot start or continue the value here (a trailing comma's `]`, a BOM, `NaN`).
        case unexpectedByte(UInt8)
        /// A number such as `01`, `1.`, `.5`, `1e`, `+1`.
        case invalidNumber
        /// A number too large for a Double (e.g. `1e400`).
        case numberOutOfRange
        /// A raw byte below 0x20 inside a string; JSON requires it escaped.
        case controlCharacterInString
        case invalidEscape
        /// A `\u` escape of a UTF-16 surrogate without its other half.
        case loneSurrogate
        case invalidUTF8
        /// Arrays and objects nested deeper than `JSON.maximumDepth`.
        case nestingTooDeep
        /// Anything but whitespace after the top-level value.
        case trailingContent
    }

    public let reason: Reason
    /// The 0-based byte offset where the problem was found.
    public let offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        let what =
            switch reason {
            case .unexpectedEnd: "Unexpected end of JSON input"
            case .unexpectedByte(let byte): "Unexpected \(Self.describe(byte)) in JSON"
            case .invalidNumber: "Invalid number in JSON"
            case .numberOutOfRange: "Number out of range in JSON"
            case .controlCharacterInString: "Unescaped control character in JSON string"
            case .invalidEscape: "Invalid escape sequence in JSON string"
            case .loneSurrogate: "Unpaired UTF-16 surrogate in JSON string escape"
            case .invalidUTF8: "Invalid UTF-8 in JSON"
            case .nestingTooDeep: "JSON nested deeper than \(JSON.maximumDepth) levels"
            case .trailingContent: "Unexpected content after the JSON value"
            }
        return "\(what) at byte \(offset)."
    }

    /// A byte as a reader would like to see it: the character when printable ASCII, else its hex code.
    private static func describe(_ byte: UInt8) -> String {
        if (0x21...0x7E).contains(byte) { return "character '\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(byte < 0x10 ? "0" : "")\(hex)"
    }
}
