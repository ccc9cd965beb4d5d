// `__Type` (spec §4.2.3): one shape for every kind, with the fields that do not apply to a kind null.

extension Introspection {
    static let typeType = GraphQLObjectType(
        name: "__Type",
        description:
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        fields: [
            introspectionField("__Type", "kind", .nonNull(.named("__TypeKind"))) { (type: IntrospectedType, _, info) in
                switch type.reference {
                case .list: TypeKind.list.rawValue
                case .nonNull: TypeKind.nonNull.rawValue
                case .named: type.namedType(in: info.schema)?.kind.rawValue
                }
            },
            introspectionField("__Type", "name", .named("String")) { (type: IntrospectedType, _, info) in
                type.namedType(in: info.schema)?.name
            },
            introspectionField("__Type", "description", .named("String")) { (type: IntrospectedType, _, info) in
                type.namedType(in: info.schema)?.description
            },
            introspectionField("__Type", "specifiedByURL", .named("String")) { (type: IntrospectedType, _, info) in
                guard case .scalar(let scalar)? = type.namedType(in: info.schema) else { return nil }
                return scalar.specifiedByURL
            },
            introspectionField(
                "__Type", "fields", .list(.nonNull(.named("__Field"))), arguments: [includeDeprecatedArgument]
            ) { (type: IntrospectedType, arguments, info) in
                type.namedType(in: info.schema)?.fields.map { fields in
                    fields.filter { arguments.includesDeprecated || $0.deprecationReason == nil }.map { $0 as any Sendable }
                }
            },
            introspectionField("__Type", "interfaces", .list(.nonNull(.named("__Type")))) {
                (type: IntrospectedType, _, info) in
                switch type.namedType(in: info.schema) {
                case .object(let object)?: return wrap(object.interfaces)
                case .interface(let interface)?: return wrap(interface.interfaces)
                default: return nil
                }
            },
            introspectionField("__Type", "possibleTypes", .list(.nonNull(.named("__Type")))) {
                (type: IntrospectedType, _, info) in
                guard let named = type.namedType(in: info.schema), named.isAbstract else { return nil }
                return wrap(info.schema.possibleTypes(of: named.name).map(\.name))
            },
            introspectionField(
                "__Type", "enumValues", .list(.nonNull(.named("__EnumValue"))), arguments: [includeDeprecatedArgument]
            ) { (type: IntrospectedType, arguments, info) in
                guard case .enumType(let enumType)? = type.namedType(in: info.schema) else { return nil }
                return enumType.values.filter { arguments.includesDeprecated || $0.deprecationReason == nil }
                    .map { $0 as any Sendable }
            },
            introspectionField(
                "__Type", "inputFields", .list(.nonNull(.named("__InputValue"))), arguments: [includeDeprecatedArgument]
            ) { (type: IntrospectedType, arguments, info) in
                guard case .inputObject(let inputObject)? = type.namedType(in: info.schema) else { return nil }
                return inputObject.fields.filter { arguments.includesDeprecated || $0.deprecationReason == nil }
                    .map { $0 as any Sendable }
            },
            introspectionField("__Type", "ofType", .named("__Type")) { (type: IntrospectedType, _, _) in
                switch type.reference {
                case .list(let inner), .nonNull(let inner): IntrospectedType(reference: inner)
                case .named: nil
                }
            },
            introspectionField("__Type", "isOneOf", .named("Boolean")) { (type: IntrospectedType, _, info) in
                guard case .inputObject(let inputObject)? = type.namedType(in: info.schema) else { return nil }
                return inputObject.isOneOf
            },
        ]
    )
}

/// Type names as `__Type` sources.
private func wrap(_ names: [String]) -> [any Sendable] {
    names.map { IntrospectedType(reference: .named($0)) }
}
