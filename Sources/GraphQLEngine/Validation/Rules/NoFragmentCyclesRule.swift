/// Fragment spreads never form a cycle, which would expand forever
/// (spec: "Fragment Spreads Must Not Form Cycles").
///
/// One depth-first search over the fragment graph; each fragment is explored once, so the work is
/// linear in the number of spreads and each cycle is reported once.
final class NoFragmentCyclesRule: ValidationRule {
    private let context: ValidationContext
    private var visited: Set<String> = []
    /// The spreads from the fragment where the search started to the current one.
    private var spreadPath: [FragmentSpread] = []
    /// Where each fragment on the current path entered it.
    private var pathIndexByName: [String: Int] = [:]

    init(context: ValidationContext) { self.context = context }

    func enterFragmentDefinition(_ fragment: FragmentDefinition) {
        detectCycles(from: fragment)
    }

    private func detectCycles(from fragment: FragmentDefinition) {
        let name = fragment.name.value
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(of: fragment)
        guard !spreads.isEmpty else { return }
        pathIndexByName[name] = spreadPath.count
        defer { pathIndexByName[name] = nil }
        for spread in spreads {
            guard !context.isAborted else { return }
            let spreadName = spread.name.value
            spreadPath.append(spread)
            defer { spreadPath.removeLast() }
            if let cycleStart = pathIndexByName[spreadName] {
                let cycle = spreadPath[cycleStart...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    at: cycle.map(\.loc))
            } else if let target = context.fragment(named: spreadName) {
                detectCycles(from: target)
            }
        }
    }
}
