import Testing

@testable import GraphQLEngine

/// The eight-bytes-at-once classifiers must agree with the byte-by-byte grammar, or names and
/// indentation would end in the wrong place.
@Suite("WordClasses")
struct WordClassesTests {
    /// Words covering every byte value in every position, next to bytes of every class.
    static let words: [UInt64] = {
        var words: [UInt64] = []
        let neighbours: [UInt8] = [0x20, 0x61, 0x5F, 0x30, 0x0A, 0x0D, 0xC3, 0x7F, 0x00, 0xFF]
        for byte in 0...255 {
            for neighbour in neighbours {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[position] = UInt8(byte)
                    words.append(word(bytes))
                }
            }
        }
        // A fixed-seed sweep of arbitrary words for combinations the grid does not reach.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            words.append(state)
        }
        return words
    }()

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The mask the byte-by-byte rule gives: the high bit of each byte for which `isRunEnd` holds.
    static func expectedMask(_ word: UInt64, _ isRunEnd: (UInt8) -> Bool) -> UInt64 {
        (0..<8).reduce(0) { mask, position in
            isRunEnd(UInt8(truncatingIfNeeded: word >> (position * 8))) ? mask | 0x80 << (position * 8) : mask
        }
    }

    @Test("nonSpaceBytes marks exactly the bytes that are not spaces")
    func spaces() {
        for word in Self.words {
            #expect(nonSpaceBytes(word) == Self.expectedMask(word) { $0 != 0x20 })
        }
    }

    @Test("nonNameContinueBytes marks exactly the bytes that cannot continue a name, non-ASCII included")
    func names() {
        for word in Self.words {
            #expect(nonNameContinueBytes(word) == Self.expectedMask(word) { !isNameContinue($0) })
        }
    }

    @Test("lineTerminatorBytes finds the first \\n or \\r, or reports none")
    func lineTerminators() {
        for word in Self.words {
            let expected = Self.expectedMask(word) { $0 == 0x0A || $0 == 0x0D }
            let found = lineTerminatorBytes(word)
            #expect((found == 0) == (expected == 0))
            #expect(found.trailingZeroBitCount == expected.trailingZeroBitCount)
        }
    }
}
