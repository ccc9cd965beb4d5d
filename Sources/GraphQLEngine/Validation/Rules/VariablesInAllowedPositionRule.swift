/// Each variable is used only where its type fits (spec: "All Variable Usages Are Allowed").
///
/// A nullable variable may fill a non-null position when the variable or the position has a non-null
/// default; a variable filling a field of a `@oneOf` input object must itself be non-null.
final class VariablesInAllowedPositionRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func leaveOperation(_ operation: OperationDefinition) {
        var definitions: [String: VariableDefinition] = [:]
        for definition in operation.variableDefinitions where definitions[definition.variable.name.value] == nil {
            definitions[definition.variable.name.value] = definition
        }
        let schema = context.schema
        for usage in context.recursiveVariableUsages(of: operation) {
            let name = usage.variable.name.value
            // Unknown variables and types are other rules' to report.
            guard let definition = definitions[name], let locationType = usage.type else { continue }
            let variableType = TypeReference(definition.type)
            guard schema.namedType(variableType.namedType) != nil else { continue }
            if !isAllowed(variableType, default: definition.defaultValue, in: locationType, usage: usage) {
                context.report(
                    "Variable \"$\(name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                    at: [definition.loc, usage.variable.loc])
            } else if let oneOf = usage.parentInputObject, oneOf.isOneOf, !variableType.isNonNull {
                context.report(
                    "Variable \"$\(name)\" is of type \"\(variableType)\" but must be non-nullable to be used for OneOf Input Object \"\(oneOf.name)\".",
                    at: [definition.loc, usage.variable.loc])
            }
        }
    }

    private func isAllowed(
        _ variableType: TypeReference, default variableDefault: ValueNode?, in locationType: TypeReference,
        usage: VariableUsage
    ) -> Bool {
        if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
            let hasNonNullVariableDefault = variableDefault.map { if case .null = $0 { false } else { true } } ?? false
            guard hasNonNullVariableDefault || usage.defaultValue != nil else { return false }
            return context.schema.isTypeReference(variableType, subtypeOf: nullableLocation)
        }
        return context.schema.isTypeReference(variableType, subtypeOf: locationType)
    }
}
