/// Reads tokens from a document's UTF-8 bytes, one at a time, on demand (spec §2.1).
///
/// A value type over an unsafe buffer the caller keeps alive (see `Parser.parse`): copying
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

    /// The next token the parser cares about: comments are skipped like white space.
    ///
    /// Always inlined, so the parser's `advance` is one function with the whole token loop in it.
    @inline(__always)
    mutating func next() throws(SyntaxError) -> Token {
        let token = try scanToken(keepingComments: false)
        position = token.end
        return token
    }

    /// The next token including comments; `.endOfFile` once the bytes run out, again and again.
    mutating func readToken() throws(SyntaxError) -> Token {
        let token = try scanToken(keepingComments: true)
        position = token.end
        return token
    }

    /// Finds the token that starts at or after `position`, skipping ignored bytes (and comments
    /// unless `keepingComments`).
    ///
    /// One dense `switch` over the byte, which compiles to a jump table; everything that can fail
    /// or is rare (strings, numbers, the byte order mark, errors) is a call out of line.
    @inline(__always)
    private func scanToken(keepingComments: Bool) throws(SyntaxError) -> Token {
        let count = bytes.count
        var index = position
        while index < count {
            switch bytes[index] {
            case 0x20:  // indentation is most of a document's ignored bytes: skip the run at once
                index = endOfSpaces(from: index &+ 1)
            case 0x0A:  // a line break, then usually the next line's indentation
                index = endOfSpaces(from: index &+ 1)
            case 0x09, 0x0D, 0x2C:  // tab, carriage return, comma
                index &+= 1
            case 0x23:
                let end = endOfComment(from: index &+ 1)
                if keepingComments { return Token(.comment, start: index, end: end) }
                index = end
            case 0x41...0x5A, 0x5F, 0x61...0x7A:
                return Token(.name, start: index, end: endOfName(from: index &+ 1))
            case 0x21: return punctuator(.bang, at: index)
            case 0x24: return punctuator(.dollar, at: index)
            case 0x26: return punctuator(.ampersand, at: index)
            case 0x28: return punctuator(.parenLeft, at: index)
            case 0x29: return punctuator(.parenRight, at: index)
            case 0x3A: return punctuator(.colon, at: index)
            case 0x3D: return punctuator(.equals, at: index)
            case 0x40: return punctuator(.at, at: index)
            case 0x5B: return punctuator(.bracketLeft, at: index)
            case 0x5D: return punctuator(.bracketRight, at: index)
            case 0x7B: return punctuator(.braceLeft, at: index)
            case 0x7C: return punctuator(.pipe, at: index)
            case 0x7D: return punctuator(.braceRight, at: index)
            case 0x2E: return try readSpread(at: index)
            case 0x22: return try readStringOrBlockString(from: index)
            case 0x2D, 0x30...0x39: return try readNumber(from: index)
            case 0xEF: index = try skipByteOrderMark(at: index)
            default: throw unexpectedCharacter(at: index)
            }
        }
        return Token(.endOfFile, start: count, end: count)
    }

    /// `...`; a lone or double dot is no token at all.
    @inline(never)
    private func readSpread(at index: Int) throws(SyntaxError) -> Token {
        guard byte(at: index + 1) == 0x2E && byte(at: index + 2) == 0x2E else { throw unexpectedCharacter(at: index) }
        return Token(.spread, start: index, end: index + 3)
    }

    /// A `"…"` string or a `"""…"""` block string.
    @inline(never)
    private func readStringOrBlockString(from index: Int) throws(SyntaxError) -> Token {
        if byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22 {
            return try readBlockString(from: index)
        }
        return try readString(from: index)
    }

    /// The offset after the U+FEFF byte order mark at `index` (ignored like white space); any other
    /// character starting with 0xEF is unexpected.
    @inline(never)
    private func skipByteOrderMark(at index: Int) throws(SyntaxError) -> Int {
        guard byte(at: index + 1) == 0xBB && byte(at: index + 2) == 0xBF else { throw unexpectedCharacter(at: index) }
        return index + 3
    }

    /// The eight bytes from `index` as one little-endian word; `index + 8` must not pass the end.
    @inline(__always)
    func word(at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The offset of the first byte at or after `start` that is not a space.
    @inline(__always)
    private func endOfSpaces(from start: Int) -> Int {
        var index = start
        while index &+ 8 <= bytes.count {
            let ends = nonSpaceBytes(word(at: index))
            if ends != 0 { return index &+ ends.trailingZeroBitCount / 8 }
            index &+= 8
        }
        while index < bytes.count, bytes[index] == 0x20 { index &+= 1 }
        return index
    }

    /// The byte at `index`, or 0 past the end: every caller compares against a non-zero byte.
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    private func punctuator(_ kind: TokenKind, at index: Int) -> Token {
        Token(kind, start: index, end: index &+ 1)
    }

    /// The end of a comment whose text starts at `start` (spec §2.1.4: `Comment :: # CommentChar*`):
    /// the next line terminator; UTF-8 never hides a line break in a longer character.
    ///
    /// Searched eight bytes at a time while eight remain: comments are long runs of bytes that need no other look.
    @inline(__always)
    private func endOfComment(from start: Int) -> Int {
        var index = start
        while index &+ 8 <= bytes.count {
            let terminators = lineTerminatorBytes(word(at: index))
            if terminators != 0 { return index &+ terminators.trailingZeroBitCount / 8 }
            index &+= 8
        }
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            index &+= 1
        }
        return index
    }

    /// The end of a name whose first byte precedes `start`:
    /// `Name :: NameStart NameContinue* [lookahead != NameContinue]`.
    ///
    /// Searched eight bytes at a time while eight remain, like comments: most names end in the first word.
    @inline(__always)
    private func endOfName(from start: Int) -> Int {
        var index = start
        while index &+ 8 <= bytes.count {
            let ends = nonNameContinueBytes(word(at: index))
            if ends != 0 { return index &+ ends.trailingZeroBitCount / 8 }
            index &+= 8
        }
        while index < bytes.count, isNameContinue(bytes[index]) {
            index &+= 1
        }
        return index
    }

    /// The error for a byte no token can start with, worded as graphql-js words it; kept out of line
    /// so the token loop does not reserve registers for building a message.
    @inline(never)
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
