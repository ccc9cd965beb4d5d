/// Every fragment spread names a fragment the document defines (spec: "Fragment Spread Target Defined").
final class KnownFragmentNamesRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterFragmentSpread(_ spread: FragmentSpread) {
        guard context.fragment(named: spread.name.value) == nil else { return }
        context.report("Unknown fragment \"\(spread.name.value)\".", at: [spread.name.loc])
    }
}
