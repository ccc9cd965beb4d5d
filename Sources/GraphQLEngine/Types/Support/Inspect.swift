// How values appear inside error messages, following graphql-js's `inspect()` so clients see the
// same text from every server: strings JSON-quoted, integral numbers without a fraction, objects as
// `{ key: value }`, nesting beyond two levels abbreviated.

extension Value {
    /// The value as graphql-js's `inspect()` renders it in coercion messages.
    public var inspected: String { inspect(depth: 0) }

    /// Renders one level, abbreviating containers nested deeper than graphql-js shows.
    private func inspect(depth: Int) -> String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .float(let value): return javaScriptNumberText(value)
        case .string(let value): return quotedJSONString(value)
        case .list(let items):
            if items.isEmpty { return "[]" }
            if depth >= 2 { return "[Array]" }
            return "[" + items.map { $0.inspect(depth: depth + 1) }.joined(separator: ", ") + "]"
        case .object(let object):
            if object.isEmpty { return "{}" }
            if depth >= 2 { return "[Object]" }
            let members = object.map { "\($0.key): \($0.value.inspect(depth: depth + 1))" }
            return "{ " + members.joined(separator: ", ") + " }"
        }
    }
}

/// A Double as JavaScript's `String(number)` writes it: `2147483648`, `1.5`, `1e+100`, `NaN`, `Infinity`.
func javaScriptNumberText(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
    if number == number.rounded(), abs(number) < 1e21 {
        return number == 0 ? "0" : String(Int64(number))
    }
    let text = String(number)
    guard let exponentIndex = text.firstIndex(of: "e") else { return text }
    // Swift writes `1e-07` where JavaScript writes `1e-7`; JavaScript only uses exponents below 1e-6.
    let mantissa = text[..<exponentIndex]
    var exponent = String(text[text.index(after: exponentIndex)...])
    let sign = exponent.hasPrefix("-") ? "-" : "+"
    exponent.removeAll { $0 == "-" || $0 == "+" }
    while exponent.hasPrefix("0"), exponent.count > 1 { exponent.removeFirst() }
    let power = Int(exponent) ?? 0
    if sign == "-", power <= 6 {
        let digits = String(mantissa.filter { $0 != "." })
        let unsigned = digits.hasPrefix("-") ? String(digits.dropFirst()) : digits
        let prefix = digits.hasPrefix("-") ? "-" : ""
        return prefix + "0." + String(repeating: "0", count: power - 1) + unsigned
    }
    return "\(mantissa)e\(sign)\(exponent)"
}

/// A string as `JSON.stringify` quotes it.
func quotedJSONString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{08}": result += "\\b"
        case "\u{0C}": result += "\\f"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}
