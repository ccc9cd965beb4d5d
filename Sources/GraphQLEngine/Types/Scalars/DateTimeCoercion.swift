import Foundation

/// The DateTime scalar: RFC 3339 text in, normalised UTC text (`.string`) internally and out.
enum DateTimeCoercion {
    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let date = resolved as? Date {
            let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
            return .string(CivilTime(epochMilliseconds: milliseconds).dateTimeText)
        }
        if case .string(let text)? = leafValue(fromResolved: resolved), let normalized = normalize(text) {
            return .string(normalized)
        }
        throw ScalarCoercionError("DateTime cannot represent value: \(describeResolvedValue(resolved))")
    }

    static func parseValue(_ input: Value) throws -> Value {
        guard case .string(let text) = input else {
            throw ScalarCoercionError("DateTime cannot represent a non string value: \(input.inspected)")
        }
        return try parse(text)
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        guard case .string(let literal) = node else {
            throw ScalarCoercionError("DateTime cannot represent a non string value: \(printAST(node))")
        }
        return try parse(literal.value)
    }

    private static func parse(_ text: String) throws -> Value {
        guard let normalized = normalize(text) else {
            throw ScalarCoercionError(
                "DateTime cannot represent an invalid date-time string: \(quotedJSONString(text)); expected RFC 3339 with an offset, e.g. \"2026-11-24T20:16:42Z\""
            )
        }
        return .string(normalized)
    }

    /// RFC 3339 text → the same instant as UTC text, or `nil`.
    static func normalize(_ text: String) -> String? {
        RFC3339.parseDateTime(text).map { CivilTime(epochMilliseconds: $0).dateTimeText }
    }
}

extension CustomScalars {
    /// The instant a coerced DateTime input (`.string` in normalised form) denotes, for resolvers.
    public static func dateValue(ofDateTime value: Value) -> Date? {
        guard case .string(let text) = value, let milliseconds = RFC3339.parseDateTime(text) else { return nil }
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
