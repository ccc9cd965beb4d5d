/// A fragment is spread only where some object could be of both its type and the enclosing type
/// (spec: "Fragment Spread Is Possible").
final class PossibleFragmentSpreadsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterInlineFragment(_ fragment: InlineFragment) {
        guard let fragmentType = context.type.flatMap({ context.schema.compositeType($0.namedType) }),
            let parentType = context.parentType, !context.schema.typesOverlap(fragmentType, parentType)
        else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
            at: [fragment.loc])
    }

    func enterFragmentSpread(_ spread: FragmentSpread) {
        let name = spread.name.value
        guard let fragment = context.fragment(named: name),
            let fragmentType = context.schema.compositeType(fragment.typeCondition.name.value),
            let parentType = context.parentType, !context.schema.typesOverlap(fragmentType, parentType)
        else { return }
        context.report(
            "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType.name)\".",
            at: [spread.loc])
    }
}
