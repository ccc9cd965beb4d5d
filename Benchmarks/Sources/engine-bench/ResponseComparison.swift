import GraphQLEngine

/// Checks that both libraries answered an execution case with the same JSON, so the table compares the
/// same work: both responses are decoded with GraphQLEngine's JSON reader and compared value by value.
enum ResponseComparison {
    /// Where two JSON responses differ (at most `limit` places); empty when they are equal.
    /// Numbers compare by value (`4` equals `4.0`: the libraries print floats differently), and lists of named
    /// objects (introspection's types, fields, directives) compare by name, as the spec leaves their order open.
    static func differences(_ ours: [UInt8], _ theirs: [UInt8], limit: Int) throws -> [String] {
        var found: [String] = []
        collectDifferences(try JSON.decode(ours), try JSON.decode(theirs), at: "$", into: &found, limit: limit)
        return found
    }

    private static func collectDifferences(
        _ ours: Value, _ theirs: Value, at path: String, into found: inout [String], limit: Int
    ) {
        guard found.count < limit else { return }
        switch (ours, theirs) {
        case (.list(let left), .list(let right)) where left.count == right.count:
            for (index, pair) in zip(sortedByName(left), sortedByName(right)).enumerated() {
                let name = pair.0["name"]?.stringValue.map { "\"\($0)\"" } ?? String(index)
                collectDifferences(pair.0, pair.1, at: "\(path)[\(name)]", into: &found, limit: limit)
            }
        case (.object(let left), .object(let right)) where left.keys == right.keys:
            for (entry, other) in zip(left, right) {
                collectDifferences(entry.value, other.value, at: "\(path).\(entry.key)", into: &found, limit: limit)
            }
        default:
            if let left = ours.doubleValue, let right = theirs.doubleValue, left == right { return }
            if ours != theirs { found.append("\(path): \(brief(ours)) vs \(brief(theirs))") }
        }
    }

    /// A value short enough for one line of a report.
    private static func brief(_ value: Value) -> String {
        let text = String(describing: value)
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }

    /// The items sorted by their `name` member when every item has one; otherwise unchanged.
    private static func sortedByName(_ items: [Value]) -> [Value] {
        let names = items.compactMap { $0["name"]?.stringValue }
        guard names.count == items.count else { return items }
        return zip(names, items).sorted { $0.0 < $1.0 }.map(\.1)
    }
}
