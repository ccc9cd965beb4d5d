extension JSON {
    /// Parses one JSON text (RFC 8259, strictly) into a `Value`.
    ///
    /// Integers that fit in `Int` become `.int`, other numbers `.float`; objects keep their key order, and a
    /// repeated key keeps its first position with its last value, as JavaScript's `JSON.parse` does.
    public static func decode(_ bytes: some Collection<UInt8>) throws(JSONError) -> Value {
        let result = bytes.withContiguousStorageIfAvailable(JSONReader.readDocument)
            ?? Array(bytes).withUnsafeBufferPointer(JSONReader.readDocument)
        return try result.get()
    }
}

/// A recursive-descent JSON parser over a byte buffer; nesting is bounded by `JSON.maximumDepth`.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses a whole buffer; returns a `Result` so it can run inside `withContiguousStorageIfAvailable`.
    static func readDocument(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Value, JSONError> {
        var reader = JSONReader(bytes)
        return Result { () throws(JSONError) in try reader.readDocument() }
    }

    /// JSON-text = ws value ws
    private mutating func readDocument() throws(JSONError) -> Value {
        skipWhitespace()
        let value = try readValue()
        skipWhitespace()
        guard index == bytes.count else { throw JSONError(.trailingContent, at: index) }
        return value
    }

    /// value = false / null / true / object / array / number / string
    private mutating func readValue() throws(JSONError) -> Value {
        guard index < bytes.count else { throw JSONError(.unexpectedEnd, at: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        case let byte:
            throw JSONError(.unexpectedByte(byte), at: index)
        }
    }

    /// object = begin-object [ member *( value-separator member ) ] end-object
    private mutating func readObject() throws(JSONError) -> Value {
        try enterContainer()
        var members = ObjectMembers()
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members.object)
        }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw JSONError(.unexpectedByte(bytes[index]), at: index) }
            let key = try readString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            members.set(key, try readValue())
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return .object(members.object)
            case let byte:
                throw JSONError(.unexpectedByte(byte), at: index)
            }
        }
    }

    /// array = begin-array [ value *( value-separator value ) ] end-array
    private mutating func readArray() throws(JSONError) -> Value {
        try enterContainer()
        var elements: [Value] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .list(elements)
        }
        while true {
            elements.append(try readValue())
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return .list(elements)
            case let byte:
                throw JSONError(.unexpectedByte(byte), at: index)
            }
        }
    }

    /// Steps over an opening bracket, refusing to nest deeper than the limit.
    private mutating func enterContainer() throws(JSONError) {
        depth += 1
        guard depth <= JSON.maximumDepth else { throw JSONError(.nestingTooDeep, at: index) }
        index += 1
    }

    /// number = [ minus ] int [ frac ] [ exp ], with int = zero / ( digit1-9 *DIGIT )
    private mutating func readNumber() throws(JSONError) -> Value {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw JSONError(.invalidNumber, at: start) }
        } else {
            skipDigits()
        }
        var isIntegral = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isIntegral = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError(.invalidNumber, at: start) }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isIntegral = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError(.invalidNumber, at: start) }
            skipDigits()
        }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if isIntegral, let integer = Self.integer(text) { return .int(integer) }
        guard let double = Double(String(decoding: text, as: UTF8.self)), double.isFinite else {
            throw JSONError(.numberOutOfRange, at: start)
        }
        return .float(double)
    }

    /// The value of an already validated `-?[0-9]+`, or `nil` when it does not fit in `Int`.
    private static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        let isNegative = text[0] == UInt8(ascii: "-")
        var value = 0
        for byte in text.dropFirst(isNegative ? 1 : 0) {
            let digit = Int(byte &- UInt8(ascii: "0"))
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            // Accumulate negatively so Int.min, whose magnitude exceeds Int.max, still fits.
            let (next, overflowAdd) = shifted.subtractingReportingOverflow(digit)
            if overflowShift || overflowAdd { return nil }
            value = next
        }
        if isNegative { return value }
        return value == .min ? nil : -value
    }

    /// string = quotation-mark *char quotation-mark; validates UTF-8 and decodes escapes.
    private mutating func readString() throws(JSONError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the string is a slice of the input.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            try stepOverCharacter(byte)
        }
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape(into: &decoded)
            } else {
                let characterStart = index
                try stepOverCharacter(byte)
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[characterStart..<index]))
            }
        }
        throw JSONError(.unexpectedEnd, at: index)
    }

    /// Steps over one unescaped character starting with `byte`, rejecting control bytes and ill-formed UTF-8.
    private mutating func stepOverCharacter(_ byte: UInt8) throws(JSONError) {
        if byte < 0x20 { throw JSONError(.controlCharacterInString, at: index) }
        if byte < 0x80 {
            index += 1
            return
        }
        index += try UTF8Validation.sequenceLength(in: bytes, at: index)
    }

    /// escape = "\" ( " / \ / / / b / f / n / r / t / uXXXX ), appending the decoded UTF-8.
    private mutating func readEscape(into decoded: inout [UInt8]) throws(JSONError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw JSONError(.unexpectedEnd, at: index) }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try readUnicodeEscape(escapeStart: escapeStart)
            decoded.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw JSONError(.invalidEscape, at: escapeStart)
        }
    }

    /// The scalar of `XXXX` after `\u`, joining a surrogate pair written as two escapes.
    private mutating func readUnicodeEscape(escapeStart: Int) throws(JSONError) -> Unicode.Scalar {
        let unit = try readHexQuad(escapeStart: escapeStart)
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw JSONError(.loneSurrogate, at: escapeStart) }
            index += 2
            let low = try readHexQuad(escapeStart: index - 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw JSONError(.loneSurrogate, at: escapeStart) }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw JSONError(.loneSurrogate, at: escapeStart)
        default:
            return Unicode.Scalar(unit)!
        }
    }

    /// Four hex digits as a UTF-16 code unit.
    private mutating func readHexQuad(escapeStart: Int) throws(JSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONError(.invalidEscape, at: escapeStart) }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexValue(bytes[index]) else { throw JSONError(.invalidEscape, at: escapeStart) }
            unit = unit << 4 | digit
            index += 1
        }
        return unit
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Consumes `literal` (true, false, null) exactly.
    private mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
        for expected in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
            guard index < bytes.count else { throw JSONError(.unexpectedEnd, at: index) }
            guard bytes[index] == expected else { throw JSONError(.unexpectedByte(bytes[index]), at: index) }
            index += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws(JSONError) {
        guard try peek() == byte else { throw JSONError(.unexpectedByte(bytes[index]), at: index) }
        index += 1
    }

    /// The current byte, failing at the end of input.
    private func peek() throws(JSONError) -> UInt8 {
        guard index < bytes.count else { throw JSONError(.unexpectedEnd, at: index) }
        return bytes[index]
    }

    /// ws = *( space / horizontal tab / line feed / carriage return )
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
