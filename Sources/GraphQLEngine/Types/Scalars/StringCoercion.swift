/// `String` coercion: text; booleans and finite numbers serialize to their text as graphql-js allows.
enum StringCoercion {
    static let hooks = ScalarCoercion(serialize: serialize, parseValue: parseValue, parseLiteral: parseLiteral)

    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let text = resolved as? String { return .string(text) }
        guard let value = leafValue(fromResolved: resolved) else {
            throw ScalarCoercionError("String cannot represent value: \(describeResolvedValue(resolved))")
        }
        switch value {
        case .string: return value
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .int(let number): return .string(String(number))
        case .float(let number) where number.isFinite: return .string(javaScriptNumberText(number))
        default: throw ScalarCoercionError("String cannot represent value: \(value.inspected)")
        }
    }

    static func parseValue(_ input: Value) throws -> Value {
        guard case .string = input else {
            throw ScalarCoercionError("String cannot represent a non string value: \(input.inspected)")
        }
        return input
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        guard case .string(let literal) = node else {
            throw ScalarCoercionError("String cannot represent a non string value: \(printAST(node))")
        }
        return .string(literal.value)
    }
}
