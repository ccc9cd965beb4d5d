// Enum values travel as `.string(name)`; these check names against the enum's values with
// graphql-js's messages.

extension GraphQLEnumType {
    /// A resolver's value → the enum value's name: accepts `String`s and `RawRepresentable` Swift enums.
    public func serialize(_ resolved: any Sendable) throws(ScalarCoercionError) -> Value {
        if case .string(let name)? = leafValue(fromResolved: resolved), hasValue(name) { return .string(name) }
        throw ScalarCoercionError("Enum \"\(name)\" cannot represent value: \(describeResolvedValue(resolved))")
    }

    /// A variable's JSON value → the enum value's name.
    public func parseValue(_ input: Value) throws(ScalarCoercionError) -> Value {
        guard case .string(let valueName) = input else {
            throw ScalarCoercionError(
                "Enum \"\(name)\" cannot represent non-string value: \(input.inspected)." + suggestions(for: input.inspected))
        }
        guard hasValue(valueName) else {
            throw ScalarCoercionError(
                "Value \"\(valueName)\" does not exist in \"\(name)\" enum." + suggestions(for: valueName))
        }
        return input
    }

    /// A literal → the enum value's name; only enum literals (not strings) are accepted.
    public func parseLiteral(_ node: ValueNode) throws(ScalarCoercionError) -> Value {
        guard case .enumValue(let valueName, _) = node else {
            let shown = printAST(node)
            throw ScalarCoercionError(
                "Enum \"\(name)\" cannot represent non-enum value: \(shown)." + suggestions(for: shown))
        }
        guard hasValue(valueName) else {
            throw ScalarCoercionError(
                "Value \"\(valueName)\" does not exist in \"\(name)\" enum." + suggestions(for: valueName))
        }
        return .string(valueName)
    }

    private func suggestions(for input: String) -> String {
        didYouMean("the enum value", suggestionList(input, options: values.map(\.name)))
    }
}
