import Foundation

/// The Date scalar: `YYYY-MM-DD` calendar dates carried as `.string`.
enum DateCoercion {
    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let date = resolved as? Date {
            let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
            return .string(CivilTime(epochMilliseconds: milliseconds).dateText)
        }
        if case .string(let text)? = leafValue(fromResolved: resolved), RFC3339.parseDate(text) != nil {
            return .string(text)
        }
        throw ScalarCoercionError("Date cannot represent value: \(describeResolvedValue(resolved))")
    }

    static func parseValue(_ input: Value) throws -> Value {
        guard case .string(let text) = input else {
            throw ScalarCoercionError("Date cannot represent a non string value: \(input.inspected)")
        }
        return try parse(text)
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        guard case .string(let literal) = node else {
            throw ScalarCoercionError("Date cannot represent a non string value: \(printAST(node))")
        }
        return try parse(literal.value)
    }

    private static func parse(_ text: String) throws -> Value {
        guard RFC3339.parseDate(text) != nil else {
            throw ScalarCoercionError(
                "Date cannot represent an invalid date string: \(quotedJSONString(text)); expected YYYY-MM-DD, e.g. \"2026-11-24\""
            )
        }
        return .string(text)
    }
}
