extension Executor {
    /// Serializes a scalar through its coercion hook; a hook's message reaches the client.
    mutating func completeLeafValue(
        _ scalar: GraphQLScalarType, _ value: any Sendable, field: FieldPlan, at position: CompletionPath
    ) throws(NullBubble) -> Value {
        do {
            return try scalar.coercion.serialize(value)
        } catch let error as ScalarCoercionError {
            if isNull(value) { return .null }
            throw fail(GraphQLError(error.message, code: .internalServerError), field: field, path: responsePath(position))
        } catch {
            if isNull(value) { return .null }
            throw fail(error, field: field, path: responsePath(position))
        }
    }

    /// Serializes an enum value given as a `String`, a `RawRepresentable` with a String raw value or a
    /// `Value.string`, checking it names one of the enum's values.
    mutating func completeEnumValue(
        _ enumType: GraphQLEnumType, _ value: any Sendable, field: FieldPlan, at position: CompletionPath
    ) throws(NullBubble) -> Value {
        let leaf = leafValue(fromResolved: value)
        if leaf == .null || (leaf == nil && isNull(value)) { return .null }
        guard let name = leaf?.stringValue, enumType.hasValue(name) else {
            let message = "Enum \"\(enumType.name)\" cannot represent value: \(describeResolvedValue(value))"
            throw fail(GraphQLError(message, code: .internalServerError), field: field, path: responsePath(position))
        }
        return .string(name)
    }
}
