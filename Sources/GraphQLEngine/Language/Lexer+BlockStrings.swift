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
    /// Content without `\"""` or `\r` (nearly all of it) is dedented straight from the source bytes;
    /// other content is first normalized into a temporary buffer (on the stack up to 1 KB), copied a
    /// run at a time between the bytes that change.
    func value(ofBlockString token: Token) -> String {
        let contentStart = token.start + 3
        let contentEnd = token.end - 3
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
        guard content.contains(where: { $0 == 0x5C || $0 == 0x0D }) else { return blockStringValue(content) }
        // Unescaping `\"""` and folding `\r\n` only shorten the content, so its length bounds the result.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: content.count) { normalized in
            var written = 0
            var index = contentStart
            var runStart = index
            func copyRun() {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                _ = UnsafeMutableBufferPointer(rebasing: normalized[written...]).initialize(fromContentsOf: run)
                written += run.count
            }
            while index < contentEnd {
                let current = bytes[index]
                if current == 0x5C && isTripleQuote(at: index + 1) {
                    // \""" stands for """: keep the quotes, drop the backslash.
                    copyRun()
                    runStart = index + 1
                    index += 4
                } else if current == 0x0D {
                    copyRun()
                    normalized[written] = 0x0A
                    written += 1
                    index += byte(at: index + 1) == 0x0A ? 2 : 1
                    runStart = index
                } else {
                    index += 1
                }
            }
            copyRun()
            return blockStringValue(UnsafeBufferPointer(rebasing: normalized[..<written]))
        }
    }

    private func isTripleQuote(at index: Int) -> Bool {
        byte(at: index) == 0x22 && byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22
    }
}
