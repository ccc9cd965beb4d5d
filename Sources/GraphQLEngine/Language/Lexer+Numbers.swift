extension Lexer {
    /// Reads an `IntValue` or, when a fractional or exponent part follows, a `FloatValue` (spec §2.9.1–2).
    ///
    /// ```
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, ., NameStart}]
    /// FractionalPart :: . Digit+
    /// ExponentPart :: ExponentIndicator Sign? Digit+
    /// ```
    /// So `01`, `1.`, `.5` (no token starts with `.`), `1e`, `0x1`, `1.2.3` and `123abc` are errors.
    /// Out of line: numbers are rare next to names and punctuators.
    @inline(never)
    func readNumber(from start: Int) throws(SyntaxError) -> Token {
        var index = start
        var isFloat = false
        if byte(at: index) == 0x2D { index += 1 }  // -
        if byte(at: index) == 0x30 {  // 0
            index += 1
            if isDigit(byte(at: index)) {
                throw SyntaxError(
                    "Invalid number, unexpected digit after 0: \(describeCharacter(at: index)).", at: index)
            }
        } else {
            index = try readDigits(from: index)
        }
        if byte(at: index) == 0x2E {  // .
            isFloat = true
            index = try readDigits(from: index + 1)
        }
        if byte(at: index) | 0x20 == 0x65 {  // e E
            isFloat = true
            index += 1
            if byte(at: index) == 0x2B || byte(at: index) == 0x2D { index += 1 }  // + -
            index = try readDigits(from: index)
        }
        let next = byte(at: index)
        if next == 0x2E || isNameStart(next) { throw expectedDigit(at: index) }
        return Token(isFloat ? .float : .int, start: start, end: index)
    }

    /// Skips `Digit+` and returns the offset after it; at least one digit is required. Inlined, with
    /// its error out of line: a number reads up to three runs of digits.
    @inline(__always)
    private func readDigits(from start: Int) throws(SyntaxError) -> Int {
        guard isDigit(byte(at: start)) else { throw expectedDigit(at: start) }
        var index = start &+ 1
        while isDigit(byte(at: index)) {
            index &+= 1
        }
        return index
    }

    /// `Invalid number, expected digit but got: <character>.` at `index`.
    @inline(never)
    private func expectedDigit(at index: Int) -> SyntaxError {
        SyntaxError("Invalid number, expected digit but got: \(describeCharacter(at: index)).", at: index)
    }
}
