/// SDL rule: every type a definition refers to exists (graphql-js KnownTypeNamesRule in SDL mode).
extension TypeSystemIndex {
    func checkKnownTypeNames(into problems: inout [SchemaProblem]) {
        let standardNames = BuiltInScalars.all.map(\.name) + Introspection.orderedTypes.map(\.name)
        let candidates = standardNames + definitions.map(\.name.value)
        for reference in typeReferences {
            let name = reference.name.value
            guard definitionsByName[name] == nil, BuiltInScalars.named(name) == nil, !Introspection.isIntrospectionType(name)
            else { continue }
            problems.append(
                SchemaProblem(
                    "Unknown type \"\(name)\"." + didYouMean(suggestionList(name, options: candidates)), reference.loc))
        }
    }

    /// Every named type reference in the document: field and argument types, interfaces, union
    /// members, input fields, directive arguments, root operation types.
    private var typeReferences: [NamedTypeNode] {
        var references: [NamedTypeNode] = []
        for schema in schemaDefinitions + schemaExtensions { references += schema.operationTypes.map(\.type) }
        for node in definitions + extensionOrder.flatMap({ extensions[$0] ?? [] }) {
            references += node.interfaceNodes
            for field in node.fieldDefinitions {
                references += field.arguments.map(\.type.namedType)
                references.append(field.type.namedType)
            }
            switch node {
            case .union(let union): references += union.types
            case .inputObject(let input): references += input.fields.map(\.type.namedType)
            default: break
            }
        }
        for directive in directives { references += directive.arguments.map(\.type.namedType) }
        return references
    }
}
