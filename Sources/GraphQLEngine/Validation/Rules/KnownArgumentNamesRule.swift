/// Every argument given to a field or directive is one it defines (spec: "Argument Names").
final class KnownArgumentNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ field: Field) {
        guard let definition = context.fieldDefinition, let parentType = context.parentType else { return }
        for argument in field.arguments where definition.argument(named: argument.name.value) == nil {
            let name = argument.name.value
            let suggestions = suggestionList(name, options: definition.arguments.map(\.name))
            context.report(
                "Unknown argument \"\(name)\" on field \"\(parentType.name).\(definition.name)\"." + didYouMean(suggestions),
                at: [argument.loc])
        }
    }

    func enterDirective(_ directive: Directive, at location: DirectiveLocation) {
        guard let definition = context.directive else { return }
        let known = definition.arguments.map(\.name)
        for argument in directive.arguments where !known.contains(argument.name.value) {
            let name = argument.name.value
            context.report(
                "Unknown argument \"\(name)\" on directive \"@\(definition.name)\"."
                    + didYouMean(suggestionList(name, options: known)),
                at: [argument.loc])
        }
    }
}
