/// A document sent for execution holds only operations and fragments (spec: "Executable Definitions").
final class ExecutableDefinitionsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterDocument(_ document: Document) {
        for definition in document.definitions {
            let described: String
            switch definition {
            case .operation, .fragment: continue
            case .schema, .schemaExtension: described = "schema"
            case .type(let type), .typeExtension(let type): described = "\"\(type.name.value)\""
            case .directive(let directive): described = "\"\(directive.name.value)\""
            }
            context.report("The \(described) definition is not executable.", at: [definition.loc])
        }
    }
}
