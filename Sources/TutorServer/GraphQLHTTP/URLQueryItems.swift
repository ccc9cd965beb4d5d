/// The `name=value` pairs of a URL query, decoded as `application/x-www-form-urlencoded` (WHATWG URL
/// standard): `+` is a space and `%XX` a byte, and the bytes must be UTF-8.
///
/// Hummingbird's `queryParameters` leaves `+` and names undecoded, but browsers' `URLSearchParams` write every
/// space of a GraphQL query as `+`.
struct URLQueryItems: Sendable {
    private let items: [(name: String, value: String)]

    /// Decodes `query` (the part after `?`); fails on a name or value that is not UTF-8 once decoded.
    init(_ query: String?) throws(GraphQLHTTPFailure) {
        var items: [(name: String, value: String)] = []
        for pair in (query ?? "").utf8.split(separator: UInt8(ascii: "&")) where !pair.isEmpty {
            let separator = pair.firstIndex(of: UInt8(ascii: "=")) ?? pair.endIndex
            let name = try Self.decode(pair[..<separator])
            let value = separator == pair.endIndex ? "" : try Self.decode(pair[pair.index(after: separator)...])
            items.append((name, value))
        }
        self.items = items
    }

    /// The first value given for `name`, as `URLSearchParams.get` reads it.
    subscript(name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// Form-decodes one component; a `%` not followed by two hex digits stays literal, as browsers keep it.
    private static func decode(_ component: Substring.UTF8View.SubSequence) throws(GraphQLHTTPFailure) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.count)
        var index = component.startIndex
        while index < component.endIndex {
            let byte = component[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"),
                let high = component.index(index, offsetBy: 1, limitedBy: component.endIndex), high < component.endIndex,
                let low = component.index(high, offsetBy: 1, limitedBy: component.endIndex), low < component.endIndex,
                let highValue = hexValue(component[high]), let lowValue = hexValue(component[low])
            {
                bytes.append(highValue << 4 | lowValue)
                index = low
            } else {
                bytes.append(byte)
            }
            index = component.index(after: index)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces ill-formed sequences with U+FFFD, so the bytes come back unchanged only when valid.
        guard text.utf8.elementsEqual(bytes) else {
            throw .badRequest("The URL query is not valid UTF-8 once percent-decoded.")
        }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
