/// Fragments condition only on objects, interfaces and unions (spec: "Fragments On Composite Types").
final class FragmentsOnCompositeTypesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterInlineFragment(_ fragment: InlineFragment) {
        guard let condition = fragment.typeCondition, isNonComposite(condition) else { return }
        context.report(
            "Fragment cannot condition on non composite type \"\(condition.name.value)\".", at: [condition.loc])
    }

    func enterFragmentDefinition(_ fragment: FragmentDefinition) {
        let condition = fragment.typeCondition
        guard isNonComposite(condition) else { return }
        context.report(
            "Fragment \"\(fragment.name.value)\" cannot condition on non composite type \"\(condition.name.value)\".",
            at: [condition.loc])
    }

    /// Unknown types are KnownTypeNames' to report.
    private func isNonComposite(_ condition: NamedTypeNode) -> Bool {
        guard let type = context.schema.namedType(condition) else { return false }
        return !type.isComposite
    }
}
