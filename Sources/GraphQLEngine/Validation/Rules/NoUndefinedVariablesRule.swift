/// Every variable used by an operation, including in the fragments it spreads, is declared by that
/// operation (spec: "All Variable Uses Defined").
final class NoUndefinedVariablesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func leaveOperation(_ operation: OperationDefinition) {
        let defined = Set(operation.variableDefinitions.map(\.variable.name.value))
        for usage in context.recursiveVariableUsages(of: operation) {
            let name = usage.variable.name.value
            guard !defined.contains(name) else { continue }
            let message =
                if let operationName = operation.name {
                    "Variable \"$\(name)\" is not defined by operation \"\(operationName.value)\"."
                } else {
                    "Variable \"$\(name)\" is not defined."
                }
            context.report(message, at: [usage.variable.loc, operation.loc])
        }
    }
}
