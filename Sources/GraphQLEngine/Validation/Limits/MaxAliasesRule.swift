/// Rejects operations using more aliases than `ValidationOptions.maxAliases`, counting a fragment's
/// aliases each time it is spread, so aliases cannot multiply one expensive field many times over.
final class MaxAliasesRule: ValidationRule {
    private let context: ValidationContext
    private var aliasesByFragment: [String: Int] = [:]
    /// Fragments being counted, so a cycle (reported by NoFragmentCycles) ends the recursion.
    private var fragmentsInProgress: Set<String> = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        guard let limit = context.options.maxAliases else { return }
        let count = aliases(in: operation.selectionSet)
        if count > limit {
            context.report("Query uses \(count) aliases, more than the allowed \(limit).", at: [operation.loc])
        }
    }

    private func aliases(in selectionSet: SelectionSet) -> Int {
        var count = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                count &+= (field.alias == nil ? 0 : 1) &+ (field.selectionSet.map(aliases(in:)) ?? 0)
            case .inlineFragment(let inline):
                count &+= aliases(in: inline.selectionSet)
            case .fragmentSpread(let spread):
                count &+= aliases(inFragment: spread.name.value)
            }
        }
        return count
    }

    private func aliases(inFragment name: String) -> Int {
        if let known = aliasesByFragment[name] { return known }
        guard let fragment = context.fragment(named: name), fragmentsInProgress.insert(name).inserted else { return 0 }
        defer { fragmentsInProgress.remove(name) }
        let count = aliases(in: fragment.selectionSet)
        aliasesByFragment[name] = count
        return count
    }
}
