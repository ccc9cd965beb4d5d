/// `Int` coercion: 32-bit signed integers only; integral floats, booleans and numeric strings
/// serialize as graphql-js allows.
enum IntCoercion {
    static let hooks = ScalarCoercion(serialize: serialize, parseValue: parseValue, parseLiteral: parseLiteral)

    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let value = resolved as? Int { return try checkedRange(value, shown: String(value)) }
        guard let value = leafValue(fromResolved: resolved) else {
            throw ScalarCoercionError("Int cannot represent non-integer value: \(describeResolvedValue(resolved))")
        }
        switch value {
        case .int(let number): return try checkedRange(number, shown: String(number))
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float(let number): return try integral(number, shown: value.inspected)
        case .string(let text) where !text.isEmpty:
            guard let number = Double(text.trimmingASCIIWhitespace()) else { break }
            return try integral(number, shown: value.inspected)
        default: break
        }
        throw ScalarCoercionError("Int cannot represent non-integer value: \(value.inspected)")
    }

    static func parseValue(_ input: Value) throws -> Value {
        switch input {
        case .int(let number): return try checkedRange(number, shown: String(number))
        case .float(let number): return try integral(number, shown: input.inspected)
        default: throw ScalarCoercionError("Int cannot represent non-integer value: \(input.inspected)")
        }
    }

    static func parseLiteral(_ node: ValueNode) throws -> Value {
        guard case .int(let text, _) = node else {
            throw ScalarCoercionError("Int cannot represent non-integer value: \(printAST(node))")
        }
        guard let number = Int32(text) else {
            throw ScalarCoercionError("Int cannot represent non 32-bit signed integer value: \(text)")
        }
        return .int(Int(number))
    }

    /// An integral Double within range becomes `.int`; anything else is the matching error.
    private static func integral(_ number: Double, shown: String) throws -> Value {
        guard number.isFinite, number == number.rounded() else {
            throw ScalarCoercionError("Int cannot represent non-integer value: \(shown)")
        }
        guard number >= Double(Int32.min), number <= Double(Int32.max) else {
            throw ScalarCoercionError("Int cannot represent non 32-bit signed integer value: \(shown)")
        }
        return .int(Int(number))
    }

    private static func checkedRange(_ number: Int, shown: String) throws -> Value {
        guard Int(Int32.min)...Int(Int32.max) ~= number else {
            throw ScalarCoercionError("Int cannot represent non 32-bit signed integer value: \(shown)")
        }
        return .int(number)
    }
}
