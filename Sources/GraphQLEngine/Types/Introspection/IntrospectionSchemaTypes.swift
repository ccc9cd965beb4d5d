// `__Schema`, `__Directive`, `__DirectiveLocation` and `__TypeKind` (spec §4.2).

extension Introspection {
    static let schemaType = GraphQLObjectType(
        name: "__Schema",
        description:
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        fields: [
            introspectionField("__Schema", "description", .named("String")) { (_: IntrospectedSchema, _, info) in
                info.schema.description
            },
            introspectionField(
                "__Schema", "types", .nonNull(.list(.nonNull(.named("__Type")))),
                description: "A list of all types supported by this server."
            ) { (_: IntrospectedSchema, _, info) in
                info.schema.typeNames.map { IntrospectedType(reference: .named($0)) as any Sendable }
            },
            introspectionField(
                "__Schema", "queryType", .nonNull(.named("__Type")),
                description: "The type that query operations will be rooted at."
            ) { (_: IntrospectedSchema, _, info) in
                IntrospectedType(reference: .named(info.schema.queryType.name))
            },
            introspectionField(
                "__Schema", "mutationType", .named("__Type"),
                description: "If this server supports mutation, the type that mutation operations will be rooted at."
            ) { (_: IntrospectedSchema, _, info) in
                info.schema.mutationType.map { IntrospectedType(reference: .named($0.name)) }
            },
            introspectionField(
                "__Schema", "subscriptionType", .named("__Type"),
                description: "If this server support subscription, the type that subscription operations will be rooted at."
            ) { (_: IntrospectedSchema, _, info) in
                info.schema.subscriptionType.map { IntrospectedType(reference: .named($0.name)) }
            },
            introspectionField(
                "__Schema", "directives", .nonNull(.list(.nonNull(.named("__Directive")))),
                description: "A list of all directives supported by this server."
            ) { (_: IntrospectedSchema, _, info) in
                info.schema.directives.map { $0 as any Sendable }
            },
        ]
    )

    static let directiveType = GraphQLObjectType(
        name: "__Directive",
        description:
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        fields: [
            introspectionField("__Directive", "name", .nonNull(.named("String"))) { (directive: GraphQLDirective, _, _) in
                directive.name
            },
            introspectionField("__Directive", "description", .named("String")) { (directive: GraphQLDirective, _, _) in
                directive.description
            },
            introspectionField("__Directive", "isRepeatable", .nonNull(.named("Boolean"))) {
                (directive: GraphQLDirective, _, _) in directive.isRepeatable
            },
            introspectionField("__Directive", "locations", .nonNull(.list(.nonNull(.named("__DirectiveLocation"))))) {
                (directive: GraphQLDirective, _, _) in directive.locations.map { $0.rawValue as any Sendable }
            },
            introspectionField(
                "__Directive", "args", .nonNull(.list(.nonNull(.named("__InputValue")))),
                arguments: [includeDeprecatedArgument]
            ) { (directive: GraphQLDirective, arguments, _) in
                directive.arguments.filter { arguments.includesDeprecated || $0.deprecationReason == nil }
                    .map { $0 as any Sendable }
            },
        ]
    )

    static let directiveLocationType = GraphQLEnumType(
        name: "__DirectiveLocation",
        description:
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        values: DirectiveLocation.allCases.map { GraphQLEnumValue(name: $0.rawValue, description: $0.meaning) }
    )

    static let typeKindType = GraphQLEnumType(
        name: "__TypeKind",
        description: "An enum describing what kind of type a given `__Type` is.",
        values: TypeKind.allCases.map { GraphQLEnumValue(name: $0.rawValue, description: $0.meaning) }
    )
}

extension DirectiveLocation {
    /// The enum value's description in introspection.
    fileprivate var meaning: String {
        switch self {
        case .query: "Location adjacent to a query operation."
        case .mutation: "Location adjacent to a mutation operation."
        case .subscription: "Location adjacent to a subscription operation."
        case .field: "Location adjacent to a field."
        case .fragmentDefinition: "Location adjacent to a fragment definition."
        case .fragmentSpread: "Location adjacent to a fragment spread."
        case .inlineFragment: "Location adjacent to an inline fragment."
        case .variableDefinition: "Location adjacent to a variable definition."
        case .schema: "Location adjacent to a schema definition."
        case .scalar: "Location adjacent to a scalar definition."
        case .object: "Location adjacent to an object type definition."
        case .fieldDefinition: "Location adjacent to a field definition."
        case .argumentDefinition: "Location adjacent to an argument definition."
        case .interface: "Location adjacent to an interface definition."
        case .union: "Location adjacent to a union definition."
        case .enumType: "Location adjacent to an enum definition."
        case .enumValue: "Location adjacent to an enum value definition."
        case .inputObject: "Location adjacent to an input object type definition."
        case .inputFieldDefinition: "Location adjacent to an input object field definition."
        }
    }
}

extension TypeKind {
    /// The enum value's description in introspection.
    fileprivate var meaning: String {
        switch self {
        case .scalar: "Indicates this type is a scalar."
        case .object: "Indicates this type is an object. `fields` and `interfaces` are valid fields."
        case .interface: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
        case .union: "Indicates this type is a union. `possibleTypes` is a valid field."
        case .enumType: "Indicates this type is an enum. `enumValues` is a valid field."
        case .inputObject: "Indicates this type is an input object. `inputFields` is a valid field."
        case .list: "Indicates this type is a list. `ofType` is a valid field."
        case .nonNull: "Indicates this type is a non-null. `ofType` is a valid field."
        }
    }
}
