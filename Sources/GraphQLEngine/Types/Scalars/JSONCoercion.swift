/// The JSON scalar: any value passes through; literals become their untyped value.
enum JSONCoercion {
    static func serialize(_ resolved: any Sendable) throws -> Value {
        if let value = leafValue(fromResolved: resolved) { return value }
        switch resolved {
        case let items as [any Sendable]: return .list(try items.map(serialize))
        case let members as [String: any Sendable]:
            var object = ObjectValue()
            for key in members.keys.sorted() { object.appendUnchecked(key: key, value: try serialize(members[key]!)) }
            return .object(object)
        case Optional<any Sendable>.none: return .null
        default: throw ScalarCoercionError("JSON cannot represent value: \(describeResolvedValue(resolved))")
        }
    }

    static func parseValue(_ input: Value) throws -> Value { input }

    static func parseLiteral(_ node: ValueNode) throws -> Value { try untypedValue(of: node) }

    /// A literal's value without a type to guide it (graphql-js `valueFromASTUntyped`).
    static func untypedValue(of node: ValueNode) throws -> Value {
        switch node {
        case .null: return .null
        case .boolean(let flag, _): return .bool(flag)
        case .int(let text, _):
            if let number = Int(text) { return .int(number) }
            return .float(Double(text) ?? .infinity)
        case .float(let text, _): return .float(Double(text) ?? .nan)
        case .string(let literal): return .string(literal.value)
        case .enumValue(let name, _): return .string(name)
        case .list(let items, _): return .list(try items.map(untypedValue))
        case .object(let fields, _):
            var object = ObjectValue()
            for field in fields { object[field.name.value] = try untypedValue(of: field.value) }
            return .object(object)
        case .variable(let variable):
            throw ScalarCoercionError("Variable \"$\(variable.name.value)\" cannot be used inside a literal of this scalar.")
        }
    }
}
