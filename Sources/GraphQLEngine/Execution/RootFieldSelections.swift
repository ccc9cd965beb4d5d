/// One root field an operation selects, with its arguments as its resolver will receive them.
public struct RootFieldSelection: Sendable, Hashable {
    /// The key its result has in `data` (the alias, else the field name).
    public let responseKey: String
    public let fieldName: String
    /// Coerced, defaults applied; empty for meta-fields such as `__typename`.
    public let arguments: ObjectValue
}

extension GraphQLService {
    /// The root fields `operation` selects, after fragments, `@skip` and `@include`, each with its coerced
    /// arguments, in execution order; `nil` when its variables or arguments do not coerce (execution then
    /// reports the error and runs nothing).
    ///
    /// Lets a transport decide from what a mutation asks before running it (an HTTP layer reads a mutation's
    /// `input.clientMutationId` to de-duplicate retries), with exactly the values the resolvers would see.
    public func rootFieldSelections(of operation: PreparedOperation) -> [RootFieldSelection]? {
        guard let rootType = schema.rootType(for: operation.operationType) else { return nil }
        let variables: ObjectValue
        do {
            variables = try coerceVariableValues(
                schema: schema, definitions: operation.operation.variableDefinitions, inputs: operation.variables ?? [:],
                source: operation.source)
        } catch {
            return nil
        }
        let collector = FieldCollector(
            schema: schema, fragments: fragmentsByName(in: operation.document), variables: variables)
        var selections: [RootFieldSelection] = []
        for collected in collector.collectFields(rootType, selectionSets: [operation.operation.selectionSet]) {
            let node = collected.nodes[0]
            var arguments = ObjectValue()
            if let field = rootType.fields[node.name.value] {
                let coerced = coerceArgumentValues(
                    definitions: field.arguments, node: node, variables: variables, schema: schema,
                    source: operation.source)
                guard case .success(let values) = coerced else { return nil }
                arguments = values
            }
            selections.append(
                RootFieldSelection(responseKey: collected.responseKey, fieldName: node.name.value, arguments: arguments))
        }
        return selections
    }
}
