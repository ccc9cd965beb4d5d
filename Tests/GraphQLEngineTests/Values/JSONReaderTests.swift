import Testing

@testable import GraphQLEngine

/// Decodes a string's UTF-8 bytes.
private func decode(_ text: String) throws(JSONError) -> Value {
    try JSON.decode(Array(text.utf8))
}

/// The reason `text` is rejected, or `nil` if it parses.
private func rejection(_ text: String) -> JSONError.Reason? {
    rejection(Array(text.utf8))
}

private func rejection(_ bytes: [UInt8]) -> JSONError.Reason? {
    do {
        _ = try JSON.decode(bytes)
        return nil
    } catch {
        return error.reason
    }
}

@Suite("JSON reader")
struct JSONReaderTests {
    @Test("scalars, lists and objects parse with key order kept")
    func parsesDocuments() throws {
        #expect(try decode(" null ") == .null)
        #expect(try decode("true") == .bool(true))
        #expect(try decode("false") == .bool(false))
        #expect(try decode("\"hi\"") == .string("hi"))
        #expect(try decode("[1, [], {}]") == .list([.int(1), .list([]), .object([:])]))
        let object = try decode(#"{"z": 1, "a": {"y": null, "b": [true]}}"#)
        #expect(object.objectValue?.keys == ["z", "a"])
        #expect(object["a"]?.objectValue?.keys == ["y", "b"])
        #expect(object["a"]?["b"] == .list([.bool(true)]))
    }

    @Test("integers that fit in Int are .int; other numbers are .float")
    func parsesNumbers() throws {
        #expect(try decode("0") == .int(0))
        #expect(try decode("-0") == .int(0))
        #expect(try decode("42") == .int(42))
        #expect(try decode("9223372036854775807") == .int(.max))
        #expect(try decode("-9223372036854775808") == .int(.min))
        #expect(try decode("9223372036854775808") == .float(0x1p63))
        #expect(try decode("-9223372036854775809") == .float(-0x1p63))
        #expect(try decode("1.5") == .float(1.5))
        #expect(try decode("1.0") == .float(1))
        #expect(try decode("-2.5e-3") == .float(-0.0025))
        #expect(try decode("1E2") == .float(100))
        #expect(try decode("1e+2") == .float(100))
    }

    @Test("strings decode every escape, surrogate pairs and raw UTF-8")
    func parsesStrings() throws {
        #expect(try decode(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{08} \u{0C} \n \r \t"))
        #expect(try decode(#""\u0041\u00e9\u20AC""#) == .string("Aé€"))
        #expect(try decode(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try decode("\"héllo wörld 日本 😀\"") == .string("héllo wörld 日本 😀"))
        #expect(try decode(#""a\nb😀c""#) == .string("a\nb😀c"))
        #expect(try decode(#""\u0000""#) == .string("\u{0}"))
    }

    @Test("a repeated key keeps its first position and its last value")
    func repeatedKeys() throws {
        let small = try decode(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(small == .object(["a": .int(3), "b": .int(2)]))
        #expect(small.objectValue?.keys == ["a", "b"])

        let keys = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        let large = try decode("{\(keys), \"k3\": \"again\"}")
        #expect(large.objectValue?.count == 40)
        #expect(large["k3"] == .string("again"))
        #expect(large.objectValue?.keys.first == "k0")
    }

    @Test("numbers outside RFC 8259's grammar are rejected")
    func rejectsNumbers() {
        let cases: [(String, JSONError.Reason)] = [
            ("01", .invalidNumber), ("-01", .invalidNumber), ("00", .invalidNumber), ("1.", .invalidNumber),
            ("1.e5", .invalidNumber), ("-", .invalidNumber), ("-.5", .invalidNumber), ("1e", .invalidNumber),
            ("1e+", .invalidNumber), (".5", .unexpectedByte(UInt8(ascii: "."))),
            ("+1", .unexpectedByte(UInt8(ascii: "+"))), ("0x1", .trailingContent), ("1e400", .numberOutOfRange),
        ]
        for (text, reason) in cases {
            #expect(rejection(text) == reason, "\(text)")
        }
    }

    @Test("JavaScript-only literals are rejected")
    func rejectsLiterals() {
        #expect(rejection("NaN") == .unexpectedByte(UInt8(ascii: "N")))
        #expect(rejection("Infinity") == .unexpectedByte(UInt8(ascii: "I")))
        #expect(rejection("-Infinity") == .invalidNumber)
        #expect(rejection("nul") == .unexpectedEnd)
        #expect(rejection("tru e") == .unexpectedByte(UInt8(ascii: " ")))
        #expect(rejection("undefined") == .unexpectedByte(UInt8(ascii: "u")))
        #expect(rejection("'a'") == .unexpectedByte(UInt8(ascii: "'")))
    }

    @Test("trailing commas, missing separators and unquoted keys are rejected")
    func rejectsStructure() {
        #expect(rejection("[1,]") == .unexpectedByte(UInt8(ascii: "]")))
        #expect(rejection(#"{"a":1,}"#) == .unexpectedByte(UInt8(ascii: "}")))
        #expect(rejection("[1 2]") == .unexpectedByte(UInt8(ascii: "2")))
        #expect(rejection("{a:1}") == .unexpectedByte(UInt8(ascii: "a")))
        #expect(rejection(#"{"a" 1}"#) == .unexpectedByte(UInt8(ascii: "1")))
        #expect(rejection("[,1]") == .unexpectedByte(UInt8(ascii: ",")))
        #expect(rejection("[1") == .unexpectedEnd)
        #expect(rejection("") == .unexpectedEnd)
        #expect(rejection("   ") == .unexpectedEnd)
        #expect(rejection("{} {}") == .trailingContent)
        #expect(rejection("1 2") == .trailingContent)
        #expect(rejection("[1]\u{0B}") == .trailingContent)
    }

    @Test("strings with raw control characters, bad escapes or lone surrogates are rejected")
    func rejectsStrings() {
        #expect(rejection("\"a\nb\"") == .controlCharacterInString)
        #expect(rejection("\"tab\there\"") == .controlCharacterInString)
        #expect(rejection(#""\x41""#) == .invalidEscape)
        #expect(rejection(#""\u12G4""#) == .invalidEscape)
        #expect(rejection(#""\u12""#) == .invalidEscape)
        #expect(rejection(#""\ud83d""#) == .loneSurrogate)
        #expect(rejection(#""\ud83d\u0041""#) == .loneSurrogate)
        #expect(rejection(#""\ude00""#) == .loneSurrogate)
        #expect(rejection("\"unterminated") == .unexpectedEnd)
    }

    @Test("ill-formed UTF-8 is rejected, in strings and elsewhere")
    func rejectsInvalidUTF8() {
        let quote = UInt8(ascii: "\"")
        for sequence: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xC3], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82]]
        {
            #expect(rejection([quote] + sequence + [quote]) == .invalidUTF8, "\(sequence)")
        }
        #expect(rejection([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .unexpectedByte(0xEF))
    }

    @Test("nesting is limited to 512 levels and deep hostile input never overflows the stack")
    func limitsDepth() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(rejection(deepest) == nil)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(rejection(tooDeep) == .nestingTooDeep)
        #expect(rejection(String(repeating: "{\"a\":", count: 100_000)) == .nestingTooDeep)
        #expect(rejection(String(repeating: "[", count: 1_000_000)) == .nestingTooDeep)
    }

    @Test("errors report the byte offset and read well")
    func errorOffsets() {
        #expect(throws: JSONError(.unexpectedByte(UInt8(ascii: "]")), at: 3)) { try decode("[1,]") }
        #expect(JSONError(.unexpectedByte(UInt8(ascii: "]")), at: 3).description == "Unexpected character ']' in JSON at byte 3.")
        #expect(JSONError(.unexpectedByte(0x0B), at: 0).description == "Unexpected byte 0x0B in JSON at byte 0.")
    }

    @Test("any collection of bytes decodes, contiguous or not")
    func decodesNonContiguousCollections() throws {
        let bytes = Array(#"{"a": [1, 2.5, "x"]}"#.utf8)
        #expect(try JSON.decode(bytes.lazy.map { $0 }) == JSON.decode(bytes))
        #expect(try JSON.decode(bytes[...]) == .object(["a": .list([.int(1), .float(2.5), .string("x")])]))
    }
}
