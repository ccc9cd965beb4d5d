/// Rejects operations whose selection sets nest deeper than `ValidationOptions.maxDepth`, counting
/// through fragments, so a small document cannot demand an arbitrarily deep response.
///
/// `{ a }` has depth 1 and `{ a { b } }` depth 2; fragments add no depth of their own.
final class MaxDepthRule: ValidationRule {
    private let context: ValidationContext
    private var depthByFragment: [String: Int] = [:]
    /// Fragments being measured, so a cycle (reported by NoFragmentCycles) ends the recursion.
    private var fragmentsInProgress: Set<String> = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        guard let limit = context.options.maxDepth else { return }
        let depth = depth(of: operation.selectionSet)
        if depth > limit {
            context.report("Query depth \(depth) exceeds the maximum allowed depth of \(limit).", at: [operation.loc])
        }
    }

    private func depth(of selectionSet: SelectionSet) -> Int {
        var deepest = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field): deepest = max(deepest, 1 + (field.selectionSet.map(depth(of:)) ?? 0))
            case .inlineFragment(let inline): deepest = max(deepest, depth(of: inline.selectionSet))
            case .fragmentSpread(let spread): deepest = max(deepest, depth(ofFragment: spread.name.value))
            }
        }
        return deepest
    }

    private func depth(ofFragment name: String) -> Int {
        if let known = depthByFragment[name] { return known }
        guard let fragment = context.fragment(named: name), fragmentsInProgress.insert(name).inserted else { return 0 }
        defer { fragmentsInProgress.remove(name) }
        let depth = depth(of: fragment.selectionSet)
        depthByFragment[name] = depth
        return depth
    }
}
