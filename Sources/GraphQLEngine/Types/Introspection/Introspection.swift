/// The introspection system (spec §4): the `__` types every schema contains and the meta-fields the
/// executor adds to the query root (`__schema`, `__type`) and to every composite type (`__typename`).
public enum Introspection {
    /// `__schema: __Schema!` on the query root.
    public static let schemaField = GraphQLField(
        name: "__schema", description: "Access the current type schema of this server.",
        type: .nonNull(.named("__Schema")), resolve: { _, _, _ in .value(IntrospectedSchema()) })

    /// `__type(name: String!): __Type` on the query root.
    public static let typeField = GraphQLField(
        name: "__type", description: "Request the type information of a single type.",
        arguments: [GraphQLInputValue(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type"),
        resolve: { _, arguments, info in
            guard let name = arguments["name"]?.stringValue, info.schema.namedType(name) != nil else { return .value(nil) }
            return .value(IntrospectedType(reference: .named(name)))
        })

    /// `__typename: String!` on every object, interface and union.
    public static let typeNameField = GraphQLField(
        name: "__typename", description: "The name of the current Object type at runtime.",
        type: .nonNull(.named("String")), resolve: { _, _, info in .value(info.parentType.name) })

    /// The introspection types, in the order graphql-js lists them after a schema's own types.
    public static let orderedTypes: [GraphQLNamedType] = [
        .object(schemaType), .object(typeType), .enumType(typeKindType), .object(fieldType), .object(inputValueType),
        .object(enumValueType), .object(directiveType), .enumType(directiveLocationType),
    ]

    /// The introspection types by name.
    static let types: [String: GraphQLNamedType] = Dictionary(
        uniqueKeysWithValues: orderedTypes.map { ($0.name, $0) })

    /// Whether a type name belongs to the introspection system.
    public static func isIntrospectionType(_ name: String) -> Bool { types[name] != nil }
}
