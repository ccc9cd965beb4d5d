/// `Float` coercion: finite numbers; integers widen, booleans and numeric strings serialize as graphql-js allows.
enum FloatCoercion {
    static let hooks = ScalarCoercion(serialize: serialize, parseValue: parseValue, parseLiteral: parseLiteral)

    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let number = resolved as? Double, number.isFinite { return .float(number) }
        guard let value = leafValue(fromResolved: resolved) else {
            throw ScalarCoercionError("Float cannot represent non numeric value: \(describeResolvedValue(resolved))")
        }
        switch value {
        case .int(let number): return .float(Double(number))
        case .float(let number) where number.isFinite: return value
        case .bool(let flag): return .float(flag ? 1 : 0)
        case .string(let text) where !text.isEmpty:
            if let number = Double(text.trimmingASCIIWhitespace()), number.isFinite { return .float(number) }
        default: break
        }
        throw ScalarCoercionError("Float cannot represent non numeric value: \(value.inspected)")
    }

    static func parseValue(_ input: Value) throws -> Value {
        switch input {
        case .int(let number): return .float(Double(number))
        case .float(let number) where number.isFinite: return input
        default: throw ScalarCoercionError("Float cannot represent non numeric value: \(input.inspected)")
        }
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        switch node {
        case .int(let text, _), .float(let text, _):
            if let number = Double(text), number.isFinite { return .float(number) }
        default: break
        }
        throw ScalarCoercionError("Float cannot represent non numeric value: \(printAST(node))")
    }
}
