// "Did you mean …?" hints, worded and ordered exactly as graphql-js words and orders them, so
// clients and tooling see the same suggestions from every server.

/// Graphql-js shows at most this many suggestions.
private let maximumSuggestions = 5

/// `" Did you mean "a", "b", or "c"?"`, or `""` when there is nothing to suggest.
func didYouMean(_ suggestions: [String]) -> String {
    didYouMean(phrase: nil, suggestions)
}

/// The same with a phrase between "mean" and the list, e.g. `"the enum value"`.
func didYouMean(_ subject: String, _ suggestions: [String]) -> String {
    didYouMean(phrase: subject, suggestions)
}

private func didYouMean(phrase: String?, _ suggestions: [String]) -> String {
    if suggestions.isEmpty { return "" }
    let quoted = suggestions.prefix(maximumSuggestions).map { "\"\($0)\"" }
    let prefix = phrase.map { " Did you mean \($0) " } ?? " Did you mean "
    return prefix + orList(quoted) + "?"
}

/// `A`, `A or B`, `A, B, or C`.
private func orList(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return items[0] + " or " + items[1]
    default: return items.dropLast().joined(separator: ", ") + ", or " + items[items.count - 1]
    }
}

/// The options close enough to `input` to be a likely typo, nearest first, ties in natural order.
///
/// "Close enough" is a lexical distance of at most 40 % of the input's length (plus one).
func suggestionList(_ input: String, options: some Sequence<String>) -> [String] {
    let measure = LexicalDistance(input)
    let threshold = input.utf16.count * 2 / 5 + 1
    var distances: [(option: String, distance: Int)] = []
    var seen: Set<String> = []
    for option in options where seen.insert(option).inserted {
        if let distance = measure.distance(to: option, threshold: threshold) {
            distances.append((option, distance))
        }
    }
    distances.sort { lhs, rhs in
        lhs.distance != rhs.distance ? lhs.distance < rhs.distance : naturalOrder(lhs.option, rhs.option)
    }
    return distances.map(\.option)
}

/// Damerau–Levenshtein distance (optimal string alignment) where a change of case alone counts as one edit.
private struct LexicalDistance {
    let input: String
    let lowercasedInput: String
    let inputUnits: [UInt16]

    init(_ input: String) {
        self.input = input
        lowercasedInput = input.lowercased()
        inputUnits = Array(lowercasedInput.utf16)
    }

    /// The distance to `option`, or `nil` when it exceeds `threshold`.
    func distance(to option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let lowercasedOption = option.lowercased()
        if lowercasedOption == lowercasedInput { return 1 }

        var a = Array(lowercasedOption.utf16)
        var b = inputUnits
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }

        // Three rolling rows: the transposition step looks two rows back.
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for column in 0...b.count { rows[0][column] = column }
        for row in stride(from: 1, through: a.count, by: 1) {
            let current = row % 3, up = (row - 1) % 3, twoUp = (row + 1) % 3
            rows[current][0] = row
            var smallest = row
            for column in stride(from: 1, through: b.count, by: 1) {
                let cost = a[row - 1] == b[column - 1] ? 0 : 1
                var cell = min(rows[up][column] + 1, rows[current][column - 1] + 1, rows[up][column - 1] + cost)
                if row > 1, column > 1, a[row - 1] == b[column - 2], a[row - 2] == b[column - 1] {
                    cell = min(cell, rows[twoUp][column - 2] + 1)
                }
                smallest = min(smallest, cell)
                rows[current][column] = cell
            }
            if smallest > threshold { return nil }
        }
        let distance = rows[a.count % 3][b.count]
        return distance <= threshold ? distance : nil
    }
}

/// Natural ordering as graphql-js's `naturalCompare`: runs of digits compare by numeric value (`a2` before
/// `a10`), everything else by UTF-16 code unit, and a shorter string first when one is a prefix of the other.
func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
    let a = Array(lhs.utf16), b = Array(rhs.utf16)
    func isDigit(_ units: [UInt16], _ index: Int) -> Bool { index < units.count && units[index] >= 48 && units[index] <= 57 }
    /// Reads a run of digits; like graphql-js it stops after a leading zero, so `01` reads as `0` then `1`.
    func number(_ units: [UInt16], _ index: inout Int) -> Int {
        var value = 0
        repeat {
            value = value &* 10 &+ Int(units[index] - 48)
            index += 1
        } while isDigit(units, index) && value > 0
        return value
    }
    var i = 0, j = 0
    while i < a.count, j < b.count {
        if isDigit(a, i), isDigit(b, j) {
            let numberA = number(a, &i), numberB = number(b, &j)
            if numberA != numberB { return numberA < numberB }
        } else {
            if a[i] != b[j] { return a[i] < b[j] }
            i += 1
            j += 1
        }
    }
    return a.count < b.count
}
