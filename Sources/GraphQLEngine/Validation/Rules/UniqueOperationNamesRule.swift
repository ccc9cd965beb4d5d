/// No two operations share a name (spec: "Operation Name Uniqueness").
final class UniqueOperationNamesRule: ValidationRule {
    private let context: ValidationContext
    private var knownNames: [String: Name] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        guard let name = operation.name else { return }
        if let known = knownNames[name.value] {
            context.report("There can be only one operation named \"\(name.value)\".", at: [known.loc, name.loc])
        } else {
            knownNames[name.value] = name
        }
    }
}
