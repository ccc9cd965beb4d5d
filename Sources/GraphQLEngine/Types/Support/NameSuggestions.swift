/// "Did you mean …?" hints for misspelt names, with graphql-js's distance threshold and wording.
enum NameSuggestions {
    /// The options close enough to `input` to suggest, closest first.
    static func closest(to input: String, among options: some Sequence<String>) -> [String] {
        let threshold = input.count * 4 / 10 + 1
        let lowered = Array(input.lowercased().unicodeScalars)
        var scored: [(name: String, distance: Int)] = []
        for option in options {
            let distance =
                option.lowercased() == input.lowercased()
                ? 1 : editDistance(lowered, Array(option.lowercased().unicodeScalars), limit: threshold)
            if let distance, distance <= threshold { scored.append((option, distance)) }
        }
        return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }.map(\.name)
    }

    /// ` Did you mean "a", "b", or "c"?` (with a leading space), or "" when there is nothing to suggest.
    static func didYouMean(_ suggestions: [String], subject: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = quoted[0] + " or " + quoted[1]
        default: list = quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last!
        }
        let lead = subject.map { " Did you mean \($0) " } ?? " Did you mean "
        return lead + list + "?"
    }

    /// Optimal-string-alignment distance (edits and adjacent swaps), `nil` once it exceeds `limit`.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a == b { return 0 }
        if abs(a.count - b.count) > limit { return nil }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1..<(b.count + 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        let distance = a.isEmpty ? b.count : previous[b.count]
        return distance <= limit ? distance : nil
    }
}
