// Canonical text of AST fragments, for deciding whether two selections are the same regardless of
// where they were written: object fields sorted by name, locations and directives ignored.

extension ValueNode {
    /// Equal for values that mean the same input (`{a: 1, b: 2}` and `{b: 2, a: 1}` alike).
    var canonicalText: String {
        var text = ""
        appendCanonicalText(to: &text)
        return text
    }

    fileprivate func appendCanonicalText(to text: inout String) {
        switch self {
        case .variable(let variable): text += "$" + variable.name.value
        case .int(let digits, _), .float(let digits, _): text += digits
        case .string(let string): text += string.value.debugDescription
        case .boolean(let value, _): text += value ? "true" : "false"
        case .null: text += "null"
        case .enumValue(let name, _): text += name
        case .list(let items, _):
            text += "["
            for item in items {
                item.appendCanonicalText(to: &text)
                text += ","
            }
            text += "]"
        case .object(let fields, _):
            text += "{"
            for field in fields.sorted(by: { $0.name.value < $1.name.value }) {
                text += field.name.value + ":"
                field.value.appendCanonicalText(to: &text)
                text += ","
            }
            text += "}"
        }
    }
}

/// Canonical text of arguments: equal when the same names carry the same values, in any order.
func canonicalText(of arguments: [Argument]) -> String {
    arguments.sorted { $0.name.value < $1.name.value }
        .map { $0.name.value + ":" + $0.value.canonicalText }
        .joined(separator: ",")
}

extension Field {
    /// The field with its arguments and whole sub-selection, ignoring locations and directives: two
    /// fields with equal signatures on the same parent type select exactly the same data.
    var canonicalSignature: String {
        var text = ""
        appendSignature(to: &text)
        return text
    }

    fileprivate func appendSignature(to text: inout String) {
        text += responseKey + "=" + name.value + "(" + canonicalText(of: arguments) + ")"
        if let selectionSet { selectionSet.appendSignature(to: &text) }
    }
}

extension SelectionSet {
    fileprivate func appendSignature(to text: inout String) {
        text += "{"
        for selection in selections {
            switch selection {
            case .field(let field): field.appendSignature(to: &text)
            case .fragmentSpread(let spread): text += "..." + spread.name.value
            case .inlineFragment(let inline):
                text += "...on " + (inline.typeCondition?.name.value ?? "")
                inline.selectionSet.appendSignature(to: &text)
            }
            text += " "
        }
        text += "}"
    }
}
