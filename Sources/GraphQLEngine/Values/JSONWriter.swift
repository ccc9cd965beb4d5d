extension JSON {
    /// The UTF-8 JSON text of `value`, compact, byte-for-byte what JavaScript's `JSON.stringify` prints.
    public static func encode(_ value: Value) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        encode(value, into: &bytes)
        return bytes
    }

    /// Appends the JSON text of `value` to `bytes`: lets a response writer reuse one buffer.
    public static func encode(_ value: Value, into bytes: inout [UInt8]) {
        JSONWriter.write(value, into: &bytes)
    }
}

/// Writes `Value`s as compact JSON into a byte buffer.
enum JSONWriter {
    static func write(_ value: Value, into out: inout [UInt8]) {
        switch value {
        case .null: appendASCII("null", into: &out)
        case .bool(let flag): appendASCII(flag ? "true" : "false", into: &out)
        case .int(let integer): writeInteger(integer, into: &out)
        case .float(let double): writeDouble(double, into: &out)
        case .string(let string): writeString(string, into: &out)
        case .list(let elements):
            out.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            writeObject(object, into: &out)
        }
    }

    static func writeObject(_ object: ObjectValue, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (position, entry) in object.entries.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            writeString(entry.key, into: &out)
            out.append(UInt8(ascii: ":"))
            write(entry.value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00xx`, everything
    /// else (non-ASCII included) copied as UTF-8.
    static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let copied: Void? = string.utf8.withContiguousStorageIfAvailable { appendEscaped($0, into: &out) }
        if copied == nil {
            Array(string.utf8).withUnsafeBufferPointer { appendEscaped($0, into: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Copies runs of plain bytes at once and escapes the bytes between them.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var runStart = 0
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            appendEscape(for: byte, into: &out)
            runStart = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static func appendEscape(for byte: UInt8, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            appendASCII("u00", into: &out)
            out.append(hexDigits.utf8Start[Int(byte >> 4)])
            out.append(hexDigits.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// Decimal digits of an integer without going through `String`.
    static func writeInteger(_ integer: Int, into out: inout [UInt8]) {
        if integer < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = integer.magnitude
        let start = out.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        out[start...].reverse()
    }

    static func appendASCII(_ text: StaticString, into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
