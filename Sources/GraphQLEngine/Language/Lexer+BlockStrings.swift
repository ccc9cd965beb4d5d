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
    ///
    /// Content without `\"""` or `\r` (nearly all of it) is dedented straight from the source bytes.
    func value(ofBlockString token: Token) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[(token.start + 3)..<(token.end - 3)])
        guard content.contains(where: { $0 == 0x5C || $0 == 0x0D }) else { return blockStringValue(content) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(content.count)
        var index = token.start + 3
        let end = token.end - 3
        while index < end {
            let current = bytes[index]
            if current == 0x5C && isTripleQuote(at: index + 1) {
                // \""" stands for """: keep the quotes, drop the backslash.
                normalized.append(contentsOf: [0x22, 0x22, 0x22])
                index += 4
            } else if current == 0x0D {
                normalized.append(0x0A)
                index += byte(at: index + 1) == 0x0A ? 2 : 1
            } else {
                normalized.append(current)
                index += 1
            }
        }
        return normalized.withUnsafeBufferPointer(blockStringValue)
    }

    private func isTripleQuote(at index: Int) -> Bool {
        byte(at: index) == 0x22 && byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22
    }
}
