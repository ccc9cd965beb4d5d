/// No two fragments share a name (spec: "Fragment Name Uniqueness").
final class UniqueFragmentNamesRule: ValidationRule {
    private let context: ValidationContext
    private var knownNames: [String: Name] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterFragmentDefinition(_ fragment: FragmentDefinition) {
        let name = fragment.name
        if let known = knownNames[name.value] {
            context.report("There can be only one fragment named \"\(name.value)\".", at: [known.loc, name.loc])
        } else {
            knownNames[name.value] = name
        }
    }
}
