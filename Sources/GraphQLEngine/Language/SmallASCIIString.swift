// Short ASCII token text (names, numbers) as `String`s without the standard library's validating decoder.

/// Builds a `String` of at most 15 ASCII bytes directly in the standard library's small-string form:
/// two words holding the bytes in order, the last byte carrying the "small, ASCII" flags and the length.
///
/// Nearly every GraphQL name fits, and `String(decoding:as:)` spends about 200 instructions per name
/// validating and repacking bytes the lexer has already proven to be ASCII. The form is checked once
/// against strings the running standard library builds itself (`isSupported`); where it differs,
/// callers decode as usual.
enum SmallASCIIString {
    /// The longest text a small string holds.
    static let maxLength = 15

    /// Whether the running standard library lays small ASCII strings out as `make` does, for every length.
    static let isSupported: Bool = {
        #if _endian(little) && _pointerBitWidth(_64)
        let sample: [UInt8] = Array("abcdefghijklmnopq".utf8)
        return sample.withUnsafeBufferPointer { buffer in
            (0...maxLength).allSatisfy { length in
                let expected = String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<length]), as: UTF8.self)
                let made = make(UnsafeRawPointer(buffer.baseAddress!), length: length)
                let expectedBits = unsafeBitCast(expected, to: (UInt64, UInt64).self)
                let madeBits = unsafeBitCast(made, to: (UInt64, UInt64).self)
                return expectedBits == madeBits
            }
        }
        #else
        return false
        #endif
    }()

    /// The string of the `length` (0...15) ASCII bytes at `start`; the 16 bytes from `start` must be
    /// readable. Only valid where `isSupported`.
    @inline(__always)
    static func make(_ start: UnsafeRawPointer, length: Int) -> String {
        var low = start.loadUnaligned(as: UInt64.self)
        var high = start.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if length < 8 {
            low &= (1 &<< UInt64(length &* 8)) &- 1
            high = 0
        } else {
            high &= (1 &<< UInt64((length &- 8) &* 8)) &- 1
        }
        // Top byte: 0xE0 marks an immortal small ASCII string, the low nibble is its length.
        high |= UInt64(0xE0 | length) &<< 56
        // Moved out rather than bit-cast, which would copy the new string (a retain call) to return it.
        var words = (low, high)
        return withUnsafeMutablePointer(to: &words) { words in
            words.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
        }
    }
}
