import GraphQLEngine

/// `LocalTime`: a wall-clock time `HH:MM` (seconds accepted on input and dropped, as PostgreSQL's `time`
/// columns of availability never carry them).
enum LocalTimeScalar {
    static let coercion = ScalarCoercion(
        serialize: { value in
            guard let text = (value as? String) ?? (value as? Value)?.stringValue, let time = normalized(text) else {
                throw ScalarCoercionError("LocalTime cannot represent value: \(value)")
            }
            return .string(time)
        },
        parseValue: { value in
            guard case .string(let text) = value, let time = normalized(text) else {
                throw ScalarCoercionError("LocalTime must be a string HH:MM, got \(value).")
            }
            return .string(time)
        },
        parseLiteral: { node in
            guard case .string(let literal) = node, let time = normalized(literal.value) else {
                throw ScalarCoercionError("LocalTime must be a string HH:MM.")
            }
            return .string(time)
        }
    )

    /// `H:MM`, `HH:MM` or `HH:MM:SS` → `HH:MM`; nil when not a valid time of day.
    static func normalized(_ text: String) -> String? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        if parts.count == 3 {
            guard let second = Int(parts[2]), (0..<60).contains(second) else { return nil }
        }
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}
