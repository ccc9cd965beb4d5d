extension Lexer {
    /// Reads a quoted string token, checking every escape (spec §2.9.4).
    ///
    /// ```
    /// StringValue :: "" [lookahead != "] | " StringCharacter+ "
    /// StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter
    /// ```
    /// The value is decoded later, by `value(ofStringToken:)`, only for strings the parser keeps.
    func readString(from start: Int) throws(SyntaxError) -> Token {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x22: return Token(.string, start: start, end: index + 1)  // closing quote
            case 0x5C: index += try readEscapeSequence(at: index).size  // backslash
            case 0x0A, 0x0D: throw SyntaxError("Unterminated string.", at: index)
            default: index += 1
            }
        }
        throw SyntaxError("Unterminated string.", at: index)
    }

    /// The value of a string or block-string token: escapes resolved, or dedented for a block string.
    func value(ofStringToken token: Token) throws(SyntaxError) -> String {
        token.kind == .blockString ? value(ofBlockString: token) : try value(ofQuotedString: token)
    }

    /// A quoted string's value, written straight into the new string: no escape makes a value longer
    /// than its spelling, so the token's length bounds it.
    private func value(ofQuotedString token: Token) throws(SyntaxError) -> String {
        let contentStart = token.start + 1
        let contentEnd = token.end - 1
        var failure: SyntaxError?
        let value = String(unsafeUninitializedCapacity: contentEnd - contentStart) { value in
            var written = 0
            var index = contentStart
            var chunkStart = index
            func copyChunk() {
                let chunk = UnsafeBufferPointer(rebasing: bytes[chunkStart..<index])
                _ = UnsafeMutableBufferPointer(rebasing: value[written...]).initialize(fromContentsOf: chunk)
                written += chunk.count
            }
            while index < contentEnd {
                guard bytes[index] == 0x5C else {
                    index += 1
                    continue
                }
                copyChunk()
                let escape: (scalar: Unicode.Scalar, size: Int)
                do throws(SyntaxError) {
                    escape = try readEscapeSequence(at: index)
                } catch {
                    failure = error
                    return 0
                }
                UTF8.encode(escape.scalar) { byte in
                    value[written] = byte
                    written += 1
                }
                index += escape.size
                chunkStart = index
            }
            copyChunk()
            return written
        }
        if let failure { throw failure }
        return value
    }

    /// One escape sequence starting at the backslash at `index`: the character it stands for and how many bytes it spans.
    private func readEscapeSequence(at index: Int) throws(SyntaxError) -> (scalar: Unicode.Scalar, size: Int) {
        if byte(at: index + 1) == 0x75 {  // u
            return byte(at: index + 2) == 0x7B
                ? try readVariableWidthUnicodeEscape(at: index) : try readFixedWidthUnicodeEscape(at: index)
        }
        let scalar: Unicode.Scalar
        switch byte(at: index + 1) {
        case 0x22: scalar = "\""
        case 0x5C: scalar = "\\"
        case 0x2F: scalar = "/"
        case 0x62: scalar = "\u{08}"
        case 0x66: scalar = "\u{0C}"
        case 0x6E: scalar = "\n"
        case 0x72: scalar = "\r"
        case 0x74: scalar = "\t"
        default:
            throw SyntaxError(
                "Invalid character escape sequence: \"\(text(from: index, utf16Count: 2))\".", at: index)
        }
        return (scalar, 2)
    }

    /// `\u{HexDigit+}`: at most `\u{00000000}`, and it must name a Unicode scalar value (no surrogates).
    ///
    /// Accumulates in 32 bits like graphql-js, so an overlong escape fails the same way and quotes
    /// the same prefix of the source in its message.
    private func readVariableWidthUnicodeEscape(at index: Int) throws(SyntaxError) -> (scalar: Unicode.Scalar, size: Int) {
        var point: Int32 = 0
        var size = 3
        while size < 12 {
            let current = byte(at: index + size)
            size += 1
            if current == 0x7D {  // closing brace
                if size >= 5, isUnicodeScalarValue(Int(point)), let scalar = Unicode.Scalar(UInt32(point)) {
                    return (scalar, size)
                }
                break
            }
            point = (point &<< 4) | Int32(hexDigitValue(current))
            if point < 0 { break }
        }
        throw invalidUnicodeEscape(at: index, size: size)
    }

    /// `\uXXXX`, where a leading surrogate must be followed by `\uXXXX` with a trailing one (JSON-style pairs).
    private func readFixedWidthUnicodeEscape(at index: Int) throws(SyntaxError) -> (scalar: Unicode.Scalar, size: Int) {
        let code = readFourHexDigits(at: index + 2)
        if isUnicodeScalarValue(code), let scalar = Unicode.Scalar(UInt32(code)) {
            return (scalar, 6)
        }
        if (0xD800...0xDBFF).contains(code), byte(at: index + 6) == 0x5C, byte(at: index + 7) == 0x75 {
            let trailing = readFourHexDigits(at: index + 8)
            if (0xDC00...0xDFFF).contains(trailing),
                let scalar = Unicode.Scalar(UInt32(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)))
            {
                return (scalar, 12)
            }
        }
        throw invalidUnicodeEscape(at: index, size: 6)
    }

    /// The value of four hex digits at `index`, or a negative number if any is not a hex digit.
    private func readFourHexDigits(at index: Int) -> Int {
        hexDigitValue(byte(at: index)) << 12 | hexDigitValue(byte(at: index + 1)) << 8
            | hexDigitValue(byte(at: index + 2)) << 4 | hexDigitValue(byte(at: index + 3))
    }

    private func invalidUnicodeEscape(at index: Int, size: Int) -> SyntaxError {
        SyntaxError("Invalid Unicode escape sequence: \"\(text(from: index, utf16Count: size))\".", at: index)
    }
}
