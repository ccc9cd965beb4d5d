extension Lexer {
    /// Reads a block string token (spec §2.9.4).
    ///
    /// ```
    /// StringValue :: """ BlockStringCharacter* """
    /// BlockStringCharacter :: SourceCharacter but not """ or \""" | \"""
    /// ```
    /// The value is computed later, by `value(ofStringToken:)`, only for strings the parser keeps.
    func readBlockString(from start: Int) throws(SyntaxError) -> Token {
        var index = start + 3
        while index < bytes.count {
            let current = bytes[index]
            if current == 0x22 && byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22 {
                return Token(.blockString, start: start, end: index + 3)
            }
            index += current == 0x5C && isTripleQuote(at: index + 1) ? 4 : 1
        }
        throw SyntaxError("Unterminated string.", at: index)
    }

    /// The value of a block string token by the spec's `BlockStringValue`: escapes other than
    /// `\"""` stay as written, line terminators of any kind become `\n`, common indentation goes.
    func value(ofBlockString token: Token) -> String {
        let end = token.end - 3
        var index = token.start + 3
        var chunkStart = index
        var lines: [[UInt8]] = []
        var currentLine: [UInt8] = []
        while index < end {
            let current = bytes[index]
            if current == 0x5C && isTripleQuote(at: index + 1) {
                // \""" stands for """: keep the quotes, drop the backslash.
                currentLine.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                chunkStart = index + 1
                index += 4
            } else if current == 0x0A || current == 0x0D {
                currentLine.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                lines.append(currentLine)
                currentLine.removeAll(keepingCapacity: true)
                index += current == 0x0D && byte(at: index + 1) == 0x0A ? 2 : 1
                chunkStart = index
            } else {
                index += 1
            }
        }
        currentLine.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<end]))
        lines.append(currentLine)
        return blockStringValue(lines: lines)
    }

    private func isTripleQuote(at index: Int) -> Bool {
        byte(at: index) == 0x22 && byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22
    }
}
