extension JSONWriter {
    /// A double as JavaScript's `Number.prototype.toString` prints it (so `1.0` is `1`, `1e21` is `1e+21`,
    /// `1e-7` is `1e-7`); non-finite values, which JSON cannot carry, become `null` as in `JSON.stringify`.
    static func writeDouble(_ double: Double, into out: inout [UInt8]) {
        guard double.isFinite else { return appendASCII("null", into: &out) }
        if double == 0 { return out.append(UInt8(ascii: "0")) }
        let magnitude = double.magnitude
        // Integral values below 2^53 are exact integers: printed without `.0`, as JavaScript does.
        if magnitude < 0x1p53, magnitude.rounded(.towardZero) == magnitude {
            return writeInteger(Int(double), into: &out)
        }
        if double < 0 { out.append(UInt8(ascii: "-")) }
        let text = magnitude.description
        // Without an exponent Swift and JavaScript print the same shortest digits the same way.
        if !text.utf8.contains(UInt8(ascii: "e")) { return out.append(contentsOf: text.utf8) }
        let (digits, pointPosition) = shortestDigits(of: text)
        appendECMAScriptNotation(digits: digits, pointPosition: pointPosition, into: &out)
    }

    /// The shortest digits that round-trip, read from Swift's `description` of the magnitude, and the decimal
    /// point's position: the value is `0.digits × 10^pointPosition`.
    private static func shortestDigits(of description: String) -> (digits: [UInt8], pointPosition: Int) {
        let text = Array(description.utf8)
        let exponentStart = text.firstIndex { $0 == UInt8(ascii: "e") } ?? text.endIndex
        var exponent = 0
        if exponentStart < text.endIndex {
            exponent = Int(String(decoding: text[(exponentStart + 1)...], as: UTF8.self))!
        }
        let mantissa = text[..<exponentStart]
        let integerDigitCount = mantissa.firstIndex { $0 == UInt8(ascii: ".") }.map { $0 - mantissa.startIndex }
            ?? mantissa.count
        var digits = mantissa.filter { $0 != UInt8(ascii: ".") }
        var pointPosition = integerDigitCount + exponent
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, pointPosition)
    }

    /// ECMA-262 Number::toString for `0.digits × 10^n`: plain notation for 1e-7 < x < 1e21, else exponent.
    private static func appendECMAScriptNotation(digits: [UInt8], pointPosition n: Int, into out: inout [UInt8]) {
        let k = digits.count
        if k <= n, n <= 21 {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: n - k))
        } else if 0 < n, n <= 21 {
            out.append(contentsOf: digits[..<n])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[n...])
        } else if -6 < n, n <= 0 {
            appendASCII("0.", into: &out)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -n))
            out.append(contentsOf: digits)
        } else {
            out.append(digits[0])
            if k > 1 {
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[1...])
            }
            out.append(UInt8(ascii: "e"))
            out.append(n - 1 >= 0 ? UInt8(ascii: "+") : UInt8(ascii: "-"))
            writeInteger(abs(n - 1), into: &out)
        }
    }
}
