/// `ID` coercion: strings and integers in, always a string out.
enum IDCoercion {
    static let hooks = ScalarCoercion(serialize: serialize, parseValue: parseValue, parseLiteral: parseLiteral)

    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let text = resolved as? String { return .string(text) }
        guard let value = leafValue(fromResolved: resolved), let identifier = identifierText(value) else {
            throw ScalarCoercionError("ID cannot represent value: \(describeResolvedValue(resolved))")
        }
        return .string(identifier)
    }

    static func parseValue(_ input: Value) throws -> Value {
        guard let identifier = identifierText(input) else {
            throw ScalarCoercionError("ID cannot represent value: \(input.inspected)")
        }
        return .string(identifier)
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        switch node {
        case .string(let literal): return .string(literal.value)
        case .int(let text, _): return .string(text)
        default: throw ScalarCoercionError("ID cannot represent a non-string and non-integer value: \(printAST(node))")
        }
    }

    /// Strings as they are; integers (also integral floats) as decimal text.
    private static func identifierText(_ value: Value) -> String? {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .float(let number) where number.isFinite && number == number.rounded() && abs(number) < 1e21:
            String(Int64(number))
        default: nil
        }
    }
}
