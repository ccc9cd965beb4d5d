/// A subscription selects exactly one root field, and not an introspection field (spec: "Single Root Field").
///
/// Root fields are collected as execution would collect them — through fragments whose type condition
/// applies, honouring literal `@skip`/`@include` — since the spec defines the rule on the collected set.
final class SingleFieldSubscriptionsRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterOperation(_ operation: OperationDefinition) {
        guard operation.operation == .subscription, let root = context.schema.subscriptionType else { return }
        var collector = RootFieldCollector(context: context, rootType: root)
        collector.collect(operation.selectionSet)
        let groups = collector.groups
        let subject = operation.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        if groups.count > 1 {
            let extraFields = groups.dropFirst().flatMap { $0 }
            context.report("\(subject) must select only one top level field.", at: extraFields.map(\.loc))
        }
        for fields in groups where fields[0].name.value.hasPrefix("__") {
            context.report("\(subject) must not select an introspection top level field.", at: fields.map(\.loc))
        }
    }
}

/// Groups a root selection set's fields by response key, in order, expanding fragments once each.
private struct RootFieldCollector {
    let context: ValidationContext
    let rootType: GraphQLObjectType
    private(set) var groups: [[Field]] = []
    private var groupIndexByKey: [String: Int] = [:]
    private var visitedFragments: Set<String> = []

    init(context: ValidationContext, rootType: GraphQLObjectType) {
        self.context = context
        self.rootType = rootType
    }

    mutating func collect(_ selectionSet: SelectionSet) {
        for selection in selectionSet.selections where isIncluded(selection.directives) {
            switch selection {
            case .field(let field):
                if let index = groupIndexByKey[field.responseKey] {
                    groups[index].append(field)
                } else {
                    groupIndexByKey[field.responseKey] = groups.count
                    groups.append([field])
                }
            case .inlineFragment(let inline):
                if applies(inline.typeCondition) { collect(inline.selectionSet) }
            case .fragmentSpread(let spread):
                guard visitedFragments.insert(spread.name.value).inserted,
                    let fragment = context.fragment(named: spread.name.value), applies(fragment.typeCondition)
                else { continue }
                collect(fragment.selectionSet)
            }
        }
    }

    /// Only a literal `@skip(if: true)` or `@include(if: false)` excludes a selection: variables are
    /// unknown during validation, so a selection they control counts.
    private func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives {
            guard let condition = directive.arguments.first(where: { $0.name.value == "if" }),
                case .boolean(let value, _) = condition.value
            else { continue }
            if directive.name.value == "skip", value { return false }
            if directive.name.value == "include", !value { return false }
        }
        return true
    }

    private func applies(_ typeCondition: NamedTypeNode?) -> Bool {
        guard let typeCondition else { return true }
        let name = typeCondition.name.value
        return name == rootType.name || context.schema.isSubtype(rootType.name, of: name)
    }
}
