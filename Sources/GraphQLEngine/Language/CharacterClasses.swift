// Byte classes of the GraphQL lexical grammar (spec §2.1), for the ASCII subset the grammar uses.

/// `Digit :: one of 0 1 2 3 4 5 6 7 8 9`
@inline(__always)
func isDigit(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10
}

/// `Letter :: A-Z a-z`
@inline(__always)
func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26
}

/// `NameStart :: Letter | _`
@inline(__always)
func isNameStart(_ byte: UInt8) -> Bool {
    isLetter(byte) || byte == 0x5F
}

/// `NameContinue :: Letter | Digit | _`
@inline(__always)
func isNameContinue(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == 0x5F
}

/// `WhiteSpace :: Horizontal Tab | Space`
@inline(__always)
func isWhiteSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09
}

/// The value of a `HexDigit`, or -1 for any other byte (so ORed results stay negative).
@inline(__always)
func hexDigitValue(_ byte: UInt8) -> Int {
    switch byte {
    case 0x30...0x39: Int(byte) - 0x30
    case 0x41...0x46: Int(byte) - 0x37
    case 0x61...0x66: Int(byte) - 0x57
    default: -1
    }
}

/// A Unicode scalar value: any code point except the surrogates.
@inline(__always)
func isUnicodeScalarValue(_ code: Int) -> Bool {
    (0...0xD7FF).contains(code) || (0xE000...0x10FFFF).contains(code)
}
