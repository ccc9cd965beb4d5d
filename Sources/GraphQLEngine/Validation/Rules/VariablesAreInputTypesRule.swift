/// Variables are declared with input types only: scalars, enums and input objects
/// (spec: "Variables Are Input Types").
final class VariablesAreInputTypesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterVariableDefinition(_ definition: VariableDefinition) {
        // Unknown types are KnownTypeNames' to report.
        guard let type = context.schema.namedType(definition.type.namedType), !type.isInputType else { return }
        context.report(
            "Variable \"$\(definition.variable.name.value)\" cannot be non-input type \"\(TypeReference(definition.type))\".",
            at: [definition.type.loc])
    }
}
