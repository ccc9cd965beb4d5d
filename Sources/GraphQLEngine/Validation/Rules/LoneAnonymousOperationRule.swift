/// An operation without a name must be the document's only operation (spec: "Lone Anonymous Operation").
final class LoneAnonymousOperationRule: ValidationRule {
    private let context: ValidationContext
    private var operationCount = 0

    init(context: ValidationContext) { self.context = context }

    func enterDocument(_ document: Document) {
        operationCount = document.definitions.count { if case .operation = $0 { true } else { false } }
    }

    func enterOperation(_ operation: OperationDefinition) {
        if operation.name == nil, operationCount > 1 {
            context.report("This anonymous operation must be the only defined operation.", at: [operation.loc])
        }
    }
}
