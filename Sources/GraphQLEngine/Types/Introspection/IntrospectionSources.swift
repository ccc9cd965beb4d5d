// The source values the introspection resolvers receive. Fields, arguments, enum values and directives
// are the model values themselves; types need a wrapper because `__Type` also describes list and
// non-null wrappers, which are not named types.

/// The source of `__Schema`: the schema is read from `ResolveInfo.schema`.
struct IntrospectedSchema: Sendable {}

/// The source of `__Type`: a named type or a wrapper, resolved against the schema being introspected.
struct IntrospectedType: Sendable {
    let reference: TypeReference

    /// The named type when this is not a wrapper.
    func namedType(in schema: GraphQLSchema) -> GraphQLNamedType? {
        guard case .named(let name) = reference else { return nil }
        return schema.namedType(name)
    }
}

/// Thrown when an introspection resolver receives a source of the wrong kind: an executor bug, not user input.
struct IntrospectionSourceMismatch: Error, CustomStringConvertible {
    let typeName: String
    let fieldName: String

    var description: String { "\(typeName).\(fieldName) received a source value of the wrong type" }
}

/// An introspection field whose resolver reads a typed source.
func introspectionField<Source>(
    _ typeName: String, _ name: String, _ type: TypeReference, arguments: [GraphQLInputValue] = [],
    description: String? = nil,
    _ resolve: @escaping @Sendable (_ source: Source, _ arguments: ObjectValue, _ info: ResolveInfo) throws -> (any Sendable)?
) -> GraphQLField {
    GraphQLField(
        name: name, description: description, arguments: arguments, type: type,
        resolve: { source, arguments, info in
            guard let typed = source as? Source else { throw IntrospectionSourceMismatch(typeName: typeName, fieldName: name) }
            return .value(try resolve(typed, arguments, info))
        })
}

/// `includeDeprecated: Boolean = false`, offered on every list that can hold deprecated entries.
let includeDeprecatedArgument = GraphQLInputValue(
    name: "includeDeprecated", type: .named("Boolean"), defaultValue: .bool(false))

extension ObjectValue {
    /// Whether the caller asked for deprecated entries too.
    var includesDeprecated: Bool { self["includeDeprecated"]?.boolValue ?? false }
}
