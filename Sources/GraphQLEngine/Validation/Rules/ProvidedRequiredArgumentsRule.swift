/// Every required argument — non-null and without a default — of a field or directive is given
/// (spec: "Required Arguments").
///
/// Checked on leaving the node, so errors inside its arguments and selections come first.
final class ProvidedRequiredArgumentsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func leaveField(_ field: Field) {
        guard let definition = context.fieldDefinition else { return }
        for argument in missingRequired(definition.arguments, given: field.arguments) {
            context.report(
                "Field \"\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: [field.loc])
        }
    }

    func leaveDirective(_ directive: Directive) {
        guard let definition = context.directive else { return }
        for argument in missingRequired(definition.arguments, given: directive.arguments) {
            context.report(
                "Directive \"@\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: [directive.loc])
        }
    }

    private func missingRequired(_ definitions: [GraphQLInputValue], given: [Argument]) -> [GraphQLInputValue] {
        definitions.filter { definition in
            definition.type.isNonNull && definition.defaultValue == nil
                && !given.contains { $0.name.value == definition.name }
        }
    }
}
