/// Reads tokens from a document's UTF-8 bytes, one at a time, on demand (spec §2.1).
///
/// A value type over an unsafe buffer the caller keeps alive (see `Parser.withParser`): copying
/// it is free, which is how the parser looks one token ahead. Ignored tokens (white space, line
/// terminators, commas, the byte order mark) are skipped in the same loop that finds the next token.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset where the next token search starts: the end of the last token read.
    private(set) var position = 0

    /// `SmallASCIIString.isSupported`, read once per document rather than once per name.
    private let makesSmallStrings = SmallASCIIString.isSupported

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next token the parser cares about: comments are read and dropped.
    mutating func next() throws(SyntaxError) -> Token {
        while true {
            let token = try readToken()
            if token.kind != .comment { return token }
        }
    }

    /// The next token including comments; `.endOfFile` once the bytes run out, again and again.
    mutating func readToken() throws(SyntaxError) -> Token {
        let token = try scanToken()
        position = token.end
        return token
    }

    /// Finds the token that starts at or after `position`, skipping ignored bytes.
    private func scanToken() throws(SyntaxError) -> Token {
        let count = bytes.count
        var index = position
        while index < count {
            // Indentation is most of a document's ignored bytes: skip runs of spaces before the full switch.
            if bytes[index] == 0x20 {
                index += 1
                while index < count, bytes[index] == 0x20 { index += 1 }
                continue
            }
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C:  // space, tab, line terminators, comma
                index += 1
                continue
            case 0xEF where byte(at: index + 1) == 0xBB && byte(at: index + 2) == 0xBF:  // U+FEFF byte order mark
                index += 3
                continue
            case 0x23: return readComment(from: index)
            case 0x21: return punctuator(.bang, at: index)
            case 0x24: return punctuator(.dollar, at: index)
            case 0x26: return punctuator(.ampersand, at: index)
            case 0x28: return punctuator(.parenLeft, at: index)
            case 0x29: return punctuator(.parenRight, at: index)
            case 0x2E where byte(at: index + 1) == 0x2E && byte(at: index + 2) == 0x2E:
                return Token(.spread, start: index, end: index + 3)
            case 0x3A: return punctuator(.colon, at: index)
            case 0x3D: return punctuator(.equals, at: index)
            case 0x40: return punctuator(.at, at: index)
            case 0x5B: return punctuator(.bracketLeft, at: index)
            case 0x5D: return punctuator(.bracketRight, at: index)
            case 0x7B: return punctuator(.braceLeft, at: index)
            case 0x7C: return punctuator(.pipe, at: index)
            case 0x7D: return punctuator(.braceRight, at: index)
            case 0x22:
                if byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22 {
                    return try readBlockString(from: index)
                }
                return try readString(from: index)
            case 0x2D, 0x30...0x39: return try readNumber(from: index)
            case 0x41...0x5A, 0x5F, 0x61...0x7A: return readName(from: index)
            default: break
            }
            throw unexpectedCharacter(at: index)
        }
        return Token(.endOfFile, start: count, end: count)
    }

    /// The byte at `index`, or 0 past the end: every caller compares against a non-zero byte.
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    private func punctuator(_ kind: TokenKind, at index: Int) -> Token {
        Token(kind, start: index, end: index + 1)
    }

    /// `Comment :: # CommentChar*` — runs to the end of the line; UTF-8 never hides a line break in a longer character.
    ///
    /// Searched eight bytes at a time while eight remain: comments are long runs of bytes that need no other look.
    private func readComment(from start: Int) -> Token {
        var index = start + 1
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            let terminators = lineTerminatorBytes(word)
            if terminators != 0 {
                return Token(.comment, start: start, end: index + terminators.trailingZeroBitCount / 8)
            }
            index += 8
        }
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            index += 1
        }
        return Token(.comment, start: start, end: index)
    }

    /// `Name :: NameStart NameContinue* [lookahead != NameContinue]`
    private func readName(from start: Int) -> Token {
        let count = bytes.count
        var index = start + 1
        while index < count, isNameContinue(bytes[index]) {
            index += 1
        }
        return Token(.name, start: start, end: index)
    }

    /// The error for a byte no token can start with, worded as graphql-js words it.
    private func unexpectedCharacter(at index: Int) -> SyntaxError {
        if bytes[index] == 0x27 {
            return SyntaxError(
                "Unexpected single quote character ('), did you mean to use a double quote (\")?", at: index)
        }
        return SyntaxError("Unexpected character: \(describeCharacter(at: index)).", at: index)
    }

    /// The character at `index` for an error message: `"a"` for printable ASCII (`'"'` for the
    /// quote), `U+00DF` for anything else, `<EOF>` past the end.
    func describeCharacter(at index: Int) -> String {
        guard index < bytes.count else { return TokenKind.endOfFile.text }
        let scalar = scalarValue(at: index)
        if (0x20...0x7E).contains(scalar) {
            return scalar == 0x22 ? "'\"'" : "\"\(Character(Unicode.Scalar(UInt8(scalar))))\""
        }
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Decodes the UTF-8 sequence starting at `index` (the source came from a `String`, so it is valid).
    func scalarValue(at index: Int) -> Int {
        let lead = Int(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1 else { return lead }
        var value = lead & (0xFF >> (length + 1))
        for offset in 1..<length {
            value = value << 6 | Int(byte(at: index + offset) & 0x3F)
        }
        return value
    }

    /// The source text starting at `start` that spans `utf16Count` UTF-16 code units, as graphql-js
    /// slices its UTF-16 string for an error message; stops at the end of the source.
    func text(from start: Int, utf16Count: Int) -> String {
        var index = start
        var units = 0
        while index < bytes.count, units < utf16Count {
            let lead = bytes[index]
            units += lead >= 0xF0 ? 2 : 1
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// The token's source text: a name's or number's spelling (a comment's, for error messages).
    ///
    /// Names and numbers are ASCII by the grammar, so a short one is built as a small string directly
    /// when 16 bytes can be read from its start.
    func text(of token: Token) -> String {
        let length = token.end - token.start
        if makesSmallStrings, token.kind != .comment, length <= SmallASCIIString.maxLength,
            token.start + 16 <= bytes.count
        {
            return SmallASCIIString.make(UnsafeRawPointer(bytes.baseAddress! + token.start), length: length)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }
}
