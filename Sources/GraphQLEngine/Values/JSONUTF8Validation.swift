/// Checks UTF-8 byte sequences against the well-formed ranges of Unicode's Table 3-7.
///
/// Rejects overlong forms, encoded surrogates and values above U+10FFFF, which `String(decoding:)` would
/// silently replace with U+FFFD.
enum UTF8Validation {
    /// The length of the well-formed sequence that starts at `index` with a byte ≥ 0x80.
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws(JSONError) -> Int {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw JSONError(.invalidUTF8, at: index)
        }
        guard index + length <= bytes.count else { throw JSONError(.invalidUTF8, at: index) }
        guard secondRange.contains(bytes[index + 1]) else { throw JSONError(.invalidUTF8, at: index) }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            throw JSONError(.invalidUTF8, at: index)
        }
        return length
    }
}
