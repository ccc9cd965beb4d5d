/// Builds a schema from SDL text, binding the resolvers; throws `SchemaError` listing every problem
/// (syntax, unknown or duplicate names, invalid implementations, …) with its line and column.
public func buildSchema(_ sdl: String, resolvers: ResolverMap = .init()) throws -> GraphQLSchema {
    try buildSchema(Source(sdl, name: "schema"), resolvers: resolvers)
}

/// Builds a schema from an SDL `Source` (its name shows in nothing but keeps positions exact).
public func buildSchema(_ source: Source, resolvers: ResolverMap = .init()) throws -> GraphQLSchema {
    let document: Document
    do {
        document = try parse(source)
    } catch {
        throw SchemaError(problems: [SchemaError.Problem(message: error.message, locations: error.locations)])
    }
    return try SchemaAssembly(document: document, resolvers: resolvers, position: source.position).build()
}

/// Builds a schema from a parsed SDL document; problems carry no line and column (there is no text).
public func buildSchema(_ document: Document, resolvers: ResolverMap = .init()) throws -> GraphQLSchema {
    try SchemaAssembly(document: document, resolvers: resolvers, position: nil).build()
}

/// One run of the builder: index the document, check the SDL, build the types, pick the roots,
/// validate the result, and either return the schema or throw every problem found.
private struct SchemaAssembly {
    let index: TypeSystemIndex
    let resolvers: ResolverMap
    let position: ((Int) -> SourcePosition)?

    init(document: Document, resolvers: ResolverMap, position: ((Int) -> SourcePosition)?) {
        index = TypeSystemIndex(document)
        self.resolvers = resolvers
        self.position = position
    }

    func build() throws -> GraphQLSchema {
        var problems: [SchemaProblem] = []
        index.checkSchemaDefinitions(into: &problems)
        index.checkUniqueTypeAndDirectiveNames(into: &problems)
        index.checkUniqueMemberNames(into: &problems)
        index.checkKnownTypeNames(into: &problems)
        index.checkDirectiveUsages(into: &problems)
        index.checkPossibleTypeExtensions(into: &problems)

        let factory = NamedTypeFactory(index: index, resolvers: resolvers)
        let defined = index.definitions.compactMap { factory.namedType($0.name.value) }
        var directives: [GraphQLDirective] = []
        for node in index.directives where !directives.contains(where: { $0.name == node.name.value }) {
            directives.append(factory.directive(node))
        }
        for builtIn in BuiltInDirectives.all where !directives.contains(where: { $0.name == builtIn.name }) {
            directives.append(builtIn)
        }
        let roots = rootTypes(lookup: factory.namedType, problems: &problems)
        let types = orderedSchemaTypes(defined: defined, directives: directives, lookup: factory.namedType)
        let schemaNodes = index.schemaDefinitions.first
        let schema = GraphQLSchema(
            description: schemaNodes?.description?.value,
            queryType: roots.query ?? GraphQLObjectType(name: "Query", fields: []),
            mutationType: roots.mutation, subscriptionType: roots.subscription, types: types, directives: directives)

        problems += factory.problems
        var validator = SchemaValidator(schema: schema, locations: SchemaNodeLocations(index: index))
        validator.run()
        problems += validator.problems
        guard problems.isEmpty else { throw SchemaError(problems: problems.map(located)) }
        return schema
    }

    /// Root types from `schema { … }` and its extensions, else the types named Query, Mutation and Subscription.
    private func rootTypes(
        lookup: (String) -> GraphQLNamedType?, problems: inout [SchemaProblem]
    ) -> (query: GraphQLObjectType?, mutation: GraphQLObjectType?, subscription: GraphQLObjectType?) {
        let declared = (index.schemaDefinitions + index.schemaExtensions).flatMap(\.operationTypes)
        let locations = SchemaNodeLocations(index: index)
        func root(_ operation: OperationType, defaultName: String) -> GraphQLObjectType? {
            let name: String
            if let entry = declared.first(where: { $0.operation == operation }) {
                name = entry.type.name.value
            } else if index.schemaDefinitions.isEmpty, index.definitionsByName[defaultName] != nil {
                name = defaultName
            } else {
                if operation == .query {
                    problems.append(SchemaProblem("Query root type must be provided.", locations.rootOperation(.query)))
                }
                return nil
            }
            guard let type = lookup(name) else { return nil }  // reported as an unknown type
            guard case .object(let object) = type else {
                let ifProvided = operation == .query ? "" : " if provided"
                problems.append(
                    SchemaProblem(
                        "\(defaultName) root type must be Object type\(ifProvided), it cannot be \(name).",
                        locations.rootOperation(operation)))
                return nil
            }
            return object
        }
        return (
            root(.query, defaultName: "Query"), root(.mutation, defaultName: "Mutation"),
            root(.subscription, defaultName: "Subscription")
        )
    }

    private func located(_ problem: SchemaProblem) -> SchemaError.Problem {
        SchemaError.Problem(message: problem.message, locations: position.map { problem.nodes.map(\.start).map($0) } ?? [])
    }
}
