/// Every fragment defined is used by some operation, directly or through other fragments
/// (spec: "Fragments Must Be Used").
final class NoUnusedFragmentsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func leaveDocument(_ document: Document) {
        var used: Set<String> = []
        for case .operation(let operation) in document.definitions {
            for fragment in context.recursivelyReferencedFragments(of: operation) { used.insert(fragment.name.value) }
        }
        for case .fragment(let fragment) in document.definitions where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.loc])
        }
    }
}
