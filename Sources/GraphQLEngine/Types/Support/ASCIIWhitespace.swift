extension StringProtocol {
    /// Drops leading and trailing spaces, tabs and line breaks without Foundation, as JavaScript's
    /// `Number(text)` ignores them when graphql-js coerces numeric strings.
    func trimmingASCIIWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return text[first...last]
    }
}
