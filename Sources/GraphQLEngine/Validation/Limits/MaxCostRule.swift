/// Rejects operations whose estimated cost exceeds `ValidationOptions.maxCost`.
///
/// Each field costs 1. A field with a `first` or `last` argument multiplies its cost — itself and
/// everything selected below it — by that number; a list field without one by `defaultListSize`.
/// The number may be a literal or a variable (its value from the request, else its default). Both
/// branches of type conditions count, fragments are expanded where spread, and the arithmetic
/// saturates instead of overflowing.
final class MaxCostRule: ValidationRule {
    private let context: ValidationContext
    private var operation: OperationDefinition?
    /// Per operation, since a fragment's cost depends on the operation's variables.
    private var costByFragment: [String: Int] = [:]
    /// Fragments being costed, so a cycle (reported by NoFragmentCycles) ends the recursion.
    private var fragmentsInProgress: Set<String> = []

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        guard let limit = context.options.maxCost else { return }
        self.operation = operation
        costByFragment = [:]
        let root = context.schema.rootType(for: operation.operation).map { GraphQLNamedType.object($0) }
        let cost = cost(of: operation.selectionSet, parentType: root)
        if cost > limit {
            context.report("Query cost \(cost) exceeds the maximum allowed cost of \(limit).", at: [operation.loc])
        }
    }

    private func cost(of selectionSet: SelectionSet, parentType: GraphQLNamedType?) -> Int {
        var total = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                total = saturatingSum(total, cost(of: field, parentType: parentType))
            case .inlineFragment(let inline):
                let type = inline.typeCondition.map { context.schema.namedType($0) } ?? parentType
                total = saturatingSum(total, cost(of: inline.selectionSet, parentType: type))
            case .fragmentSpread(let spread):
                total = saturatingSum(total, cost(ofFragment: spread.name.value))
            }
        }
        return total
    }

    private func cost(of field: Field, parentType: GraphQLNamedType?) -> Int {
        let definition = parentType.flatMap { context.schema.fieldDefinition(named: field.name.value, on: $0) }
        let childType = definition.flatMap { context.schema.namedType($0.type.namedType) }
        let childCost = field.selectionSet.map { cost(of: $0, parentType: childType) } ?? 0
        let multiplier = pageSize(of: field) ?? (definition?.type.isList == true ? context.options.defaultListSize : 1)
        let (product, overflow) = multiplier.multipliedReportingOverflow(by: saturatingSum(1, childCost))
        return overflow ? Int.max : product
    }

    private func cost(ofFragment name: String) -> Int {
        if let known = costByFragment[name] { return known }
        guard let fragment = context.fragment(named: name), fragmentsInProgress.insert(name).inserted else { return 0 }
        defer { fragmentsInProgress.remove(name) }
        let cost = cost(of: fragment.selectionSet, parentType: context.schema.namedType(fragment.typeCondition))
        costByFragment[name] = cost
        return cost
    }

    /// The `first` or `last` argument as a number, when it is a literal or a variable with a known value.
    ///
    /// Only a valid `Int` (32-bit) counts: a value out of range is already a type error that
    /// ValuesOfCorrectType reports, and pricing it as well would bury that error under a cost refusal.
    private func pageSize(of field: Field) -> Int? {
        for argument in field.arguments where argument.name.value == "first" || argument.name.value == "last" {
            switch argument.value {
            case .int(let digits, _):
                if let value = Int32(digits) { return max(Int(value), 0) }
            case .variable(let variable):
                if let value = variableValue(variable.name.value) { return max(value, 0) }
            default:
                break
            }
        }
        return nil
    }

    /// A variable's provided or default value, when it is a valid `Int`.
    private func variableValue(_ name: String) -> Int? {
        if let provided = context.options.variableValues?[name] {
            return provided.intValue.flatMap { Int32(exactly: $0) }.map(Int.init)
        }
        let definition = operation?.variableDefinitions.first { $0.variable.name.value == name }
        if case .int(let digits, _)? = definition?.defaultValue { return Int32(digits).map(Int.init) }
        return nil
    }

    private func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
