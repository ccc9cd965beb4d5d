/// `Boolean` coercion: `true`/`false`; finite numbers serialize as "not zero" as graphql-js allows.
enum BooleanCoercion {
    static let hooks = ScalarCoercion(serialize: serialize, parseValue: parseValue, parseLiteral: parseLiteral)

    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let flag = resolved as? Bool { return .bool(flag) }
        guard let value = leafValue(fromResolved: resolved) else {
            throw ScalarCoercionError("Boolean cannot represent a non boolean value: \(describeResolvedValue(resolved))")
        }
        switch value {
        case .bool: return value
        case .int(let number): return .bool(number != 0)
        case .float(let number) where number.isFinite: return .bool(number != 0)
        default: throw ScalarCoercionError("Boolean cannot represent a non boolean value: \(value.inspected)")
        }
    }

    static func parseValue(_ input: Value) throws -> Value {
        guard case .bool = input else {
            throw ScalarCoercionError("Boolean cannot represent a non boolean value: \(input.inspected)")
        }
        return input
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        guard case .boolean(let flag, _) = node else {
            throw ScalarCoercionError("Boolean cannot represent a non boolean value: \(printAST(node))")
        }
        return .bool(flag)
    }
}
