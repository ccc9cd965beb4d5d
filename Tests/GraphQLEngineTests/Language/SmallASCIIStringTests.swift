import Testing

@testable import GraphQLEngine

/// `SmallASCIIString` writes the standard library's small-string layout by hand, so it is checked
/// against strings the standard library decodes itself, for every length it builds.
@Suite("SmallASCIIString")
struct SmallASCIIStringTests {
    /// Texts of every length 0...15 drawn from `alphabet`.
    static func samples(of alphabet: [UInt8]) -> [[UInt8]] {
        (0...SmallASCIIString.maxLength).map { length in
            (0..<length).map { alphabet[$0 % alphabet.count] }
        }
    }

    /// The string `make` builds from `text`, read from a 16-byte buffer padded with `padding`.
    static func made(_ text: [UInt8], padding: UInt8) -> String {
        let buffer = text + [UInt8](repeating: padding, count: 16 - text.count)
        return buffer.withUnsafeBytes { SmallASCIIString.make($0.baseAddress!, length: text.count) }
    }

    @Test("this platform's standard library lays small ASCII strings out as make does")
    func supported() {
        #if _endian(little) && _pointerBitWidth(_64)
        #expect(SmallASCIIString.isSupported)
        #endif
    }

    @Test(
        "make equals String(decoding:) for lengths 0...15, with the ASCII edge bytes and any junk after the text",
        arguments: [
            Array("abcdefghijklmnopq".utf8), [0x01, 0x7F, 0x20], [0x7E, 0x00, 0x41], Array("_0aZ9".utf8),
        ])
    func matchesDecoding(alphabet: [UInt8]) throws {
        try #require(SmallASCIIString.isSupported)
        for text in Self.samples(of: alphabet) {
            let expected = String(decoding: text, as: UTF8.self)
            for padding: UInt8 in [0x00, 0x61, 0xFF] {
                let made = Self.made(text, padding: padding)
                #expect(made == expected)
                #expect(made.utf8.count == text.count)
                #expect(made.hashValue == expected.hashValue)
                #expect(Array(made.utf8) == text)
            }
        }
    }

    @Test("names longer than a small string, or too near the end to read 16 bytes, are decoded instead")
    func fallback() throws {
        let long = String(repeating: "n", count: 40)
        let document = try parse("{ \(long) abcdefghijklmnop abcdefghijklmno }")
        guard case .operation(let operation) = document.definitions.first else {
            Issue.record("expected an operation")
            return
        }
        let names = operation.selectionSet.selections.compactMap { selection -> String? in
            guard case .field(let field) = selection else { return nil }
            return field.name.value
        }
        #expect(names == [long, "abcdefghijklmnop", "abcdefghijklmno"])
        // A name at the very end of the text has fewer than 16 readable bytes after its start.
        let value = try parseValue("ENUM_VALUE")
        #expect(value == .enumValue("ENUM_VALUE", Location(start: 0, end: 10)))
    }
}
