/// An operation's type must be one the schema has a root for (spec: "Operation Type Existence").
final class KnownOperationTypesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        if context.schema.rootType(for: operation.operation) == nil {
            context.report(
                "The \(operation.operation.rawValue) operation is not supported by the schema.", at: [operation.loc])
        }
    }
}
