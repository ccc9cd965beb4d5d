/// Accepts a POST body's `Content-Type` only when it is `application/json` in UTF-8.
///
/// GraphQL over HTTP requires UTF-8; a missing charset means UTF-8, any other charset is refused rather than
/// misread.
enum JSONRequestContentType {
    static func check(_ header: String?) throws(GraphQLHTTPFailure) {
        guard let header else { throw .unsupportedMediaType(nil) }
        let parts = header.split(separator: ";").map(trimmingWhitespace)
        guard parts.first?.lowercased() == "application/json" else { throw .unsupportedMediaType(header) }
        for parameter in parts.dropFirst() where !parameter.isEmpty {
            let nameAndValue = parameter.split(separator: "=", maxSplits: 1).map(trimmingWhitespace)
            guard nameAndValue.count == 2 else { throw .unsupportedMediaType(header) }
            guard nameAndValue[0].lowercased() == "charset" else { continue }
            var charset = nameAndValue[1]
            if charset.count >= 2, charset.first == "\"", charset.last == "\"" { charset = charset.dropFirst().dropLast() }
            guard ["utf-8", "utf8"].contains(charset.lowercased()) else { throw .unsupportedMediaType(header) }
        }
    }

    private static func trimmingWhitespace(_ text: Substring) -> Substring {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isWhitespace($0) }),
            let last = text.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return text[first...last]
    }
}
