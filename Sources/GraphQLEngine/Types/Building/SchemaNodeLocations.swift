/// Finds the SDL nodes behind schema elements, so rules that check the built model can point at the
/// text (graphql-js keeps `astNode`s on its types; our model stays free of them).
///
/// Lookups scan the definitions and run only when a problem is reported; a schema built without SDL
/// has no locations and every lookup returns nothing.
struct SchemaNodeLocations {
    let index: TypeSystemIndex?

    /// The type's definition and extensions.
    func type(_ name: String) -> [Location] {
        guard let index, let definition = index.definitionsByName[name] else { return [] }
        return index.nodes(of: definition).map(\.loc)
    }

    func field(_ typeName: String, _ fieldName: String) -> FieldDefinition? {
        typeNodes(typeName).flatMap(\.fieldDefinitions).first { $0.name.value == fieldName }
    }

    /// An argument of a field (`Type.field(arg:)`) or of a directive (`typeName` nil, `fieldName` the directive).
    func argument(_ typeName: String?, _ fieldName: String, _ argumentName: String) -> InputValueDefinition? {
        let arguments =
            typeName.map { field($0, fieldName)?.arguments ?? [] }
            ?? (index?.directives.first { $0.name.value == fieldName }?.arguments ?? [])
        return arguments.first { $0.name.value == argumentName }
    }

    func inputField(_ typeName: String, _ fieldName: String) -> InputValueDefinition? {
        for case .inputObject(let input) in typeNodes(typeName) {
            if let field = input.fields.first(where: { $0.name.value == fieldName }) { return field }
        }
        return nil
    }

    func enumValue(_ typeName: String, _ valueName: String) -> EnumValueDefinition? {
        for case .enumType(let enumType) in typeNodes(typeName) {
            if let value = enumType.values.first(where: { $0.name.value == valueName }) { return value }
        }
        return nil
    }

    /// Where `typeName` lists `interfaceName` in `implements`.
    func interfaceReferences(_ typeName: String, _ interfaceName: String) -> [Location] {
        typeNodes(typeName).flatMap(\.interfaceNodes).filter { $0.name.value == interfaceName }.map(\.loc)
    }

    /// Where a union lists `memberName`.
    func unionMembers(_ unionName: String, _ memberName: String) -> [Location] {
        typeNodes(unionName).flatMap { node -> [NamedTypeNode] in
            if case .union(let union) = node { return union.types }
            return []
        }.filter { $0.name.value == memberName }.map(\.loc)
    }

    func directive(_ name: String) -> DirectiveDefinition? {
        index?.directives.first { $0.name.value == name }
    }

    /// The `schema { … }` entry naming an operation's root type, else the schema definition.
    func rootOperation(_ operation: OperationType) -> [Location] {
        guard let index else { return [] }
        let schemas = index.schemaDefinitions + index.schemaExtensions
        if let entry = schemas.flatMap(\.operationTypes).first(where: { $0.operation == operation }) { return [entry.type.loc] }
        return schemas.map(\.loc)
    }

    private func typeNodes(_ name: String) -> [TypeDefinition] {
        guard let index, let definition = index.definitionsByName[name] else { return [] }
        return index.nodes(of: definition)
    }
}
