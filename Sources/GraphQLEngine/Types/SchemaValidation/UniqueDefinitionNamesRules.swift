// SDL rules on top-level names: one schema definition, one type per root operation, unique type and
// directive names (graphql-js LoneSchemaDefinitionRule, UniqueOperationTypesRule, UniqueTypeNamesRule,
// UniqueDirectiveNamesRule).

extension TypeSystemIndex {
    /// A schema is defined once; each root operation type is named once across it and its extensions.
    func checkSchemaDefinitions(into problems: inout [SchemaProblem]) {
        for duplicate in schemaDefinitions.dropFirst() {
            problems.append(SchemaProblem("Must provide only one schema definition.", duplicate.loc))
        }
        var seen: [OperationType: OperationTypeDefinition] = [:]
        for operationType in (schemaDefinitions + schemaExtensions).flatMap(\.operationTypes) {
            if let first = seen[operationType.operation] {
                problems.append(
                    SchemaProblem(
                        "There can be only one \(operationType.operation.rawValue) type in schema.",
                        [first.loc, operationType.loc]))
            } else {
                seen[operationType.operation] = operationType
            }
        }
    }

    /// No two types and no two directives share a name; built-in directives are not redefined.
    func checkUniqueTypeAndDirectiveNames(into problems: inout [SchemaProblem]) {
        for definition in definitions {
            for duplicate in (allDefinitions[definition.name.value] ?? []).dropFirst() {
                problems.append(
                    SchemaProblem(
                        "There can be only one type named \"\(definition.name.value)\".",
                        [definition.name.loc, duplicate.name.loc]))
            }
        }
        var seen: [String: DirectiveDefinition] = [:]
        for directive in directives {
            let name = directive.name.value
            if let first = seen[name] {
                problems.append(
                    SchemaProblem("There can be only one directive named \"@\(name)\".", [first.name.loc, directive.name.loc]))
            } else {
                seen[name] = directive
            }
        }
    }
}
