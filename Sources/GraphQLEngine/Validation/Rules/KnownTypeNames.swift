/// Every type named in variable definitions and type conditions exists in the schema
/// (spec: "Fragment Spread Type Existence" and "Variables Are Input Types").
final class KnownTypeNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterNamedType(_ type: NamedTypeNode) {
        let name = type.name.value
        guard context.schema.namedType(name) == nil else { return }
        let suggestions = suggestionList(name, options: context.schema.typeNames)
        context.report("Unknown type \"\(name)\"." + didYouMean(suggestions), at: [type.loc])
    }
}
