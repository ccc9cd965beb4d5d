// The layout helpers of graphql-js's printer (`join`, `wrap`, `block`, `indent`), on strings.

extension Array where Element == String {
    /// The non-empty items joined by `separator`: absent parts leave no double spaces.
    func joinedNonEmpty(_ separator: String = "") -> String {
        lazy.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// Each item on its own line, indented two spaces, between braces; empty when there are no items.
    var printedBlock: String {
        joinedNonEmpty("\n").indented.wrapped("{\n", "\n}")
    }

    /// Whether any item spans lines, which puts every argument definition on its own line.
    var hasMultilineItems: Bool {
        contains { $0.contains("\n") }
    }
}

extension String {
    /// `start + self + end`, or empty when `self` is empty.
    func wrapped(_ start: String, _ end: String = "") -> String {
        isEmpty ? "" : start + self + end
    }

    /// Every line indented by two more spaces; empty stays empty.
    var indented: String {
        isEmpty ? "" : "  " + split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}

extension Optional where Wrapped == StringValue {
    /// A definition's description on the line above it, or nothing.
    var descriptionLine: String { self?.printed.wrapped("", "\n") ?? "" }
}

extension Array where Element == String {
    /// Argument definitions in parentheses: on one line, or one per line when any spans lines (a description).
    var printedArgumentDefinitions: String {
        hasMultilineItems ? joinedNonEmpty("\n").indented.wrapped("(\n", "\n)") : joinedNonEmpty(", ").wrapped("(", ")")
    }
}
