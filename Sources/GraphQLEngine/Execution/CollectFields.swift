/// The fields a selection set asks of one object type, grouped by response key in document order.
struct CollectedField {
    let responseKey: String
    /// Every node requesting this key (fragments may repeat a field); their sub-selections merge.
    var nodes: [Field]
}

/// CollectFields(objectType, selectionSet, variableValues, visitedFragments) from the spec, applying
/// `@skip`/`@include` and fragment type conditions.
struct FieldCollector {
    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinition]
    let variables: ObjectValue

    /// Collects from several selection sets at once (the merged sub-selections of one response key),
    /// sharing one set of visited fragments the way graphql-js's `collectSubfields` does.
    func collectFields(_ type: GraphQLObjectType, selectionSets: [SelectionSet]) -> [CollectedField] {
        var fields: [CollectedField] = []
        var indexByKey: [String: Int] = [:]
        var visitedFragments: Set<String> = []
        for selectionSet in selectionSets {
            collect(selectionSet, for: type, into: &fields, indexByKey: &indexByKey, visited: &visitedFragments)
        }
        return fields
    }

    private func collect(
        _ selectionSet: SelectionSet, for type: GraphQLObjectType, into fields: inout [CollectedField],
        indexByKey: inout [String: Int], visited: inout Set<String>
    ) {
        for selection in selectionSet.selections {
            guard shouldInclude(selection.directives) else { continue }
            switch selection {
            case .field(let field):
                let key = field.responseKey
                if let index = indexByKey[key] {
                    fields[index].nodes.append(field)
                } else {
                    indexByKey[key] = fields.count
                    fields.append(CollectedField(responseKey: key, nodes: [field]))
                }
            case .inlineFragment(let fragment):
                if let condition = fragment.typeCondition, !conditionMatches(condition.name.value, type) { continue }
                collect(fragment.selectionSet, for: type, into: &fields, indexByKey: &indexByKey, visited: &visited)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard visited.insert(name).inserted, let fragment = fragments[name],
                    conditionMatches(fragment.typeCondition.name.value, type)
                else { continue }
                collect(fragment.selectionSet, for: type, into: &fields, indexByKey: &indexByKey, visited: &visited)
            }
        }
    }

    /// DoesFragmentTypeApply: the condition names the object type itself or an abstract type it belongs to.
    private func conditionMatches(_ condition: String, _ type: GraphQLObjectType) -> Bool {
        condition == type.name || schema.isSubtype(type.name, of: condition)
    }

    /// `@skip(if: true)` drops a selection, so does `@include(if: false)`; the argument may be a variable.
    private func shouldInclude(_ directives: [Directive]) -> Bool {
        for directive in directives {
            switch directive.name.value {
            case "skip" where conditionArgument(of: directive) == true: return false
            case "include" where conditionArgument(of: directive) == false: return false
            default: continue
            }
        }
        return true
    }

    /// The `if:` argument's Boolean, from a literal or a variable; `nil` when missing (validation rejects that).
    private func conditionArgument(of directive: Directive) -> Bool? {
        guard let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { return nil }
        switch argument.value {
        case .boolean(let value, _): return value
        case .variable(let variable): return variables[variable.name.value]?.boolValue
        default: return nil
        }
    }
}
