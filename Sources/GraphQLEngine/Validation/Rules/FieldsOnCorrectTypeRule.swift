/// Every selected field is defined on its parent type, or is a meta-field such as `__typename`
/// (spec: "Field Selections"); the error suggests types to fragment on, else similarly named fields.
final class FieldsOnCorrectTypeRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterField(_ field: Field) {
        guard let parentType = context.parentType, context.fieldDefinition == nil else { return }
        let name = field.name.value
        var suggestion = didYouMean("to use an inline fragment on", suggestedTypeNames(parentType, fieldName: name))
        if suggestion.isEmpty {
            let fieldNames = parentType.fields?.map(\.name) ?? []
            suggestion = didYouMean(suggestionList(name, options: fieldNames))
        }
        context.report("Cannot query field \"\(name)\" on type \"\(parentType.name)\"." + suggestion, at: [field.loc])
    }

    /// For an abstract parent: the possible types and their interfaces that define the field, most
    /// often defining first, then supertypes before subtypes, then by name.
    private func suggestedTypeNames(_ type: GraphQLNamedType, fieldName: String) -> [String] {
        guard type.isAbstract else { return [] }
        let schema = context.schema
        var names: [String] = []
        var usageCount: [String: Int] = [:]
        for possibleType in schema.possibleTypes(of: type.name) where possibleType.fields[fieldName] != nil {
            if usageCount[possibleType.name] == nil { names.append(possibleType.name) }
            usageCount[possibleType.name] = 1
            for interfaceName in possibleType.interfaces {
                guard schema.namedType(interfaceName)?.fields?[fieldName] != nil else { continue }
                if usageCount[interfaceName] == nil { names.append(interfaceName) }
                usageCount[interfaceName, default: 0] += 1
            }
        }
        return names.sorted { a, b in
            let countA = usageCount[a] ?? 0, countB = usageCount[b] ?? 0
            if countA != countB { return countA > countB }
            if isInterface(a), schema.isSubtype(b, of: a) { return true }
            if isInterface(b), schema.isSubtype(a, of: b) { return false }
            return naturalOrder(a, b)
        }
    }

    private func isInterface(_ name: String) -> Bool { context.schema.namedType(name)?.kind == .interface }
}
