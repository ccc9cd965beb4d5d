/// An operation declares each variable once (spec: "Variable Uniqueness").
final class UniqueVariableNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        let names = operation.variableDefinitions.map(\.variable.name)
        for (name, occurrences) in groupedInOrder(names, by: \.value) where occurrences.count > 1 {
            context.report("There can be only one variable named \"$\(name)\".", at: occurrences.map(\.loc))
        }
    }
}
