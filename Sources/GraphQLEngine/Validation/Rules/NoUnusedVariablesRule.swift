/// Every variable an operation declares is used by it or the fragments it spreads
/// (spec: "All Variables Used").
final class NoUnusedVariablesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func leaveOperation(_ operation: OperationDefinition) {
        let used = Set(context.recursiveVariableUsages(of: operation).map(\.variable.name.value))
        for definition in operation.variableDefinitions where !used.contains(definition.variable.name.value) {
            let name = definition.variable.name.value
            let message =
                if let operationName = operation.name {
                    "Variable \"$\(name)\" is never used in operation \"\(operationName.value)\"."
                } else {
                    "Variable \"$\(name)\" is never used."
                }
            context.report(message, at: [definition.loc])
        }
    }
}
