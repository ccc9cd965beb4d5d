/// Everything a rule may ask while the document is traversed: the schema, the document's fragments,
/// the `TypeInfo` of the node being visited, and memoized questions about fragments and variables;
/// it also collects the errors and stops the traversal once `maxErrors` is reached.
final class ValidationContext {
    let schema: GraphQLSchema
    let document: Document
    let options: ValidationOptions
    /// Turns byte offsets into line and column; without it errors carry no locations.
    private let source: Source?
    /// The state the traversal keeps up to date for the node being visited.
    var typeInfo: TypeInfo
    /// The index in `document.definitions` of the definition being visited, keying per-operation caches.
    var definitionIndex = 0

    private(set) var errors: [GraphQLError] = []
    /// Set once `maxErrors` is exceeded: the traversal and long-running rules stop at the next check.
    private(set) var isAborted = false

    /// Fragment definitions by name; the first wins when a name repeats (UniqueFragmentNames reports that).
    private let fragments: [String: FragmentDefinition]
    private var spreadsByFragment: [String: [FragmentSpread]] = [:]
    private var variableUsagesByFragment: [String: [VariableUsage]] = [:]
    private var operationVariableUsages: (definitionIndex: Int, usages: [VariableUsage])?

    init(schema: GraphQLSchema, document: Document, source: Source?, options: ValidationOptions) {
        self.schema = schema
        self.document = document
        self.source = source
        self.options = options
        typeInfo = TypeInfo(schema: schema)
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        self.fragments = fragments
    }

    // MARK: - Type information of the node being visited

    var type: TypeReference? { typeInfo.type }
    var parentType: GraphQLNamedType? { typeInfo.parentType }
    var fieldDefinition: GraphQLField? { typeInfo.fieldDefinition }
    var directive: GraphQLDirective? { typeInfo.directive }
    var argument: GraphQLInputValue? { typeInfo.argument }
    var inputType: TypeReference? { typeInfo.inputType }

    // MARK: - Errors

    /// Records an error located at the start of each node; past `maxErrors` it records the abort notice
    /// graphql-js gives and stops validation.
    func report(_ message: String, at locations: [Location]) {
        guard !isAborted else { return }
        if errors.count >= options.maxErrors {
            errors.append(
                GraphQLError(
                    "Too many validation errors, error limit reached. Validation aborted.", code: .validationFailed))
            isAborted = true
            return
        }
        let positions = source.map { source in locations.map { source.position(of: $0.start) } } ?? []
        errors.append(GraphQLError(message, locations: positions, code: .validationFailed))
    }

    // MARK: - Fragments

    func fragment(named name: String) -> FragmentDefinition? { fragments[name] }

    /// The fragment spreads directly in a selection set, looking through inline fragments but not into
    /// other fragments.
    func fragmentSpreads(in selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var pending = [selectionSet]
        while let set = pending.popLast() {
            for selection in set.selections {
                switch selection {
                case .field(let field): if let nested = field.selectionSet { pending.append(nested) }
                case .inlineFragment(let inline): pending.append(inline.selectionSet)
                case .fragmentSpread(let spread): spreads.append(spread)
                }
            }
        }
        return spreads
    }

    /// `fragmentSpreads(in:)` of a fragment's body, memoized by fragment name.
    func fragmentSpreads(of fragment: FragmentDefinition) -> [FragmentSpread] {
        if let cached = spreadsByFragment[fragment.name.value] { return cached }
        let spreads = fragmentSpreads(in: fragment.selectionSet)
        spreadsByFragment[fragment.name.value] = spreads
        return spreads
    }

    /// Every defined fragment an operation uses, directly or through other fragments, each once, in
    /// discovery order; cycles are followed only once.
    func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        var found: [FragmentDefinition] = []
        var seen: Set<String> = []
        var pending = [fragmentSpreads(in: operation.selectionSet)]
        while let spreads = pending.popLast() {
            for spread in spreads where seen.insert(spread.name.value).inserted {
                guard let fragment = fragment(named: spread.name.value) else { continue }
                found.append(fragment)
                pending.append(fragmentSpreads(of: fragment))
            }
        }
        return found
    }

    // MARK: - Variables

    /// Every variable used by an operation and the fragments it reaches, with the type each position
    /// expects; memoized for the operation being visited, since three rules ask on leaving it.
    func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        if let cached = operationVariableUsages, cached.definitionIndex == definitionIndex { return cached.usages }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(operation)
        var usages = collector.usages
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages += variableUsages(of: fragment)
        }
        operationVariableUsages = (definitionIndex, usages)
        return usages
    }

    private func variableUsages(of fragment: FragmentDefinition) -> [VariableUsage] {
        if let cached = variableUsagesByFragment[fragment.name.value] { return cached }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(fragment)
        variableUsagesByFragment[fragment.name.value] = collector.usages
        return collector.usages
    }
}
