/// Turns the SDL definitions (each merged with its extensions) into the schema's immutable named types,
/// binding resolvers, type resolvers and scalar hooks from the `ResolverMap`.
///
/// Input types are built on demand and memoised because coercing a default value (`arg: Filter = {}`)
/// needs the input types it mentions, with their own defaults, already built.
final class NamedTypeFactory {
    private let index: TypeSystemIndex
    private let resolvers: ResolverMap
    private var built: [String: GraphQLNamedType] = [:]
    /// Input objects being built right now: a default that reaches one again sees it without defaults.
    private var inputsInProgress: Set<String> = []
    private(set) var problems: [SchemaProblem] = []

    init(index: TypeSystemIndex, resolvers: ResolverMap) {
        self.index = index
        self.resolvers = resolvers
    }

    /// The type of that name: defined in the SDL, built in, or introspection's; `nil` when unknown.
    func namedType(_ name: String) -> GraphQLNamedType? {
        if let type = built[name] { return type }
        if let scalar = BuiltInScalars.named(name) { return .scalar(scalar) }
        if let type = Introspection.types[name] { return type }
        guard let definition = index.definitionsByName[name] else { return nil }
        if case .inputObject = definition, inputsInProgress.contains(name) {
            return .inputObject(inputObject(definition, withDefaults: false))
        }
        let type = build(definition)
        built[name] = type
        return type
    }

    private func build(_ definition: TypeDefinition) -> GraphQLNamedType {
        let nodes = index.nodes(of: definition)
        let name = definition.name.value
        let description = definition.description?.value
        let directives = nodes.flatMap(\.directives)
        switch definition {
        case .scalar:
            if let builtIn = BuiltInScalars.named(name) { return .scalar(builtIn) }
            return .scalar(
                GraphQLScalarType(
                    name: name, description: description, specifiedByURL: directives.specifiedByURL,
                    coercion: resolvers.scalars[name] ?? CustomScalars.json))
        case .object:
            return .object(
                GraphQLObjectType(
                    name: name, description: description, fields: fields(of: name, nodes),
                    interfaces: nodes.flatMap(\.interfaceNodes).map(\.name.value)))
        case .interface:
            return .interface(
                GraphQLInterfaceType(
                    name: name, description: description, fields: fields(of: name, nodes),
                    interfaces: nodes.flatMap(\.interfaceNodes).map(\.name.value), resolveType: resolvers.typeResolvers[name]))
        case .union:
            let members = nodes.flatMap { node -> [NamedTypeNode] in
                if case .union(let union) = node { return union.types }
                return []
            }
            return .union(
                GraphQLUnionType(
                    name: name, description: description, types: members.map(\.name.value),
                    resolveType: resolvers.typeResolvers[name]))
        case .enumType:
            let values = nodes.flatMap { node -> [EnumValueDefinition] in
                if case .enumType(let enumType) = node { return enumType.values }
                return []
            }
            return .enumType(
                GraphQLEnumType(
                    name: name, description: description,
                    values: values.map {
                        GraphQLEnumValue(
                            name: $0.name.value, description: $0.description?.value,
                            deprecationReason: $0.directives.deprecationReason)
                    }))
        case .inputObject:
            inputsInProgress.insert(name)
            defer { inputsInProgress.remove(name) }
            return .inputObject(inputObject(definition, withDefaults: true))
        }
    }

    private func inputObject(_ definition: TypeDefinition, withDefaults: Bool) -> GraphQLInputObjectType {
        let nodes = index.nodes(of: definition)
        let name = definition.name.value
        let fieldNodes = nodes.flatMap { node -> [InputValueDefinition] in
            if case .inputObject(let input) = node { return input.fields }
            return []
        }
        return GraphQLInputObjectType(
            name: name, description: definition.description?.value,
            fields: fieldNodes.map { inputValue($0, coordinate: "Input field \"\(name).\($0.name.value)\"", withDefault: withDefaults) },
            isOneOf: nodes.flatMap(\.directives).hasOneOf)
    }

    private func fields(of typeName: String, _ nodes: [TypeDefinition]) -> [GraphQLField] {
        let bound = resolvers.fields[typeName] ?? [:]
        return nodes.flatMap(\.fieldDefinitions).map { field in
            GraphQLField(
                name: field.name.value, description: field.description?.value,
                arguments: field.arguments.map {
                    inputValue($0, coordinate: "Argument \"\(typeName).\(field.name.value)(\($0.name.value):)\"")
                },
                type: TypeReference(field.type), deprecationReason: field.directives.deprecationReason,
                resolve: bound[field.name.value])
        }
    }

    /// An argument or input field; its default literal coerced to the internal input shape.
    func inputValue(_ node: InputValueDefinition, coordinate: String, withDefault: Bool = true) -> GraphQLInputValue {
        let type = TypeReference(node.type)
        var defaultValue: Value?
        if withDefault, let literal = node.defaultValue, namedType(type.namedType)?.isInputType == true {
            do {
                defaultValue = try LiteralInputCoercer(lookup: namedType, variables: nil).coerce(literal, type: type, path: [])
            } catch {
                problems.append(SchemaProblem("\(coordinate) has invalid default value: \(error.message)", literal.loc))
            }
        }
        return GraphQLInputValue(
            name: node.name.value, description: node.description?.value, type: type, defaultValue: defaultValue,
            deprecationReason: node.directives.deprecationReason)
    }

    /// A directive definition, with its arguments' defaults coerced.
    func directive(_ node: DirectiveDefinition) -> GraphQLDirective {
        GraphQLDirective(
            name: node.name.value, description: node.description?.value,
            locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
            arguments: node.arguments.map {
                inputValue($0, coordinate: "Argument \"@\(node.name.value)(\($0.name.value):)\"")
            },
            isRepeatable: node.isRepeatable)
    }
}
