/// The directives every schema has (spec §3.13): `@include`, `@skip`, `@deprecated`, `@specifiedBy`, `@oneOf`.
public enum BuiltInDirectives {
    /// The reason `@deprecated` gives when none is written.
    public static let defaultDeprecationReason = "No longer supported"

    /// Includes a field or fragment only when `if` is true.
    public static let include = GraphQLDirective(
        name: "include",
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [GraphQLInputValue(name: "if", description: "Included when true.", type: .nonNull(.named("Boolean")))]
    )
    /// Skips a field or fragment when `if` is true.
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [GraphQLInputValue(name: "if", description: "Skipped when true.", type: .nonNull(.named("Boolean")))]
    )
    /// Marks a schema element as no longer supported, with a reason clients see in introspection.
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        arguments: [
            GraphQLInputValue(
                name: "reason",
                description:
                    "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                type: .named("String"), defaultValue: .string(defaultDeprecationReason))
        ]
    )
    /// Points a custom scalar at the specification of its behaviour.
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        locations: [.scalar],
        arguments: [
            GraphQLInputValue(
                name: "url", description: "The URL that specifies the behavior of this scalar.",
                type: .nonNull(.named("String")))
        ]
    )
    /// Makes an input object a union of its fields: exactly one must be given, and not null.
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Indicates exactly one field must be supplied and this field must not be `null`.",
        locations: [.inputObject]
    )

    /// All five, in graphql-js's order (the order introspection lists them after the schema's own).
    public static let all: [GraphQLDirective] = [include, skip, deprecated, specifiedBy, oneOf]

    /// Whether the name is one of the built-in directives.
    public static func isBuiltIn(_ name: String) -> Bool { all.contains { $0.name == name } }
}
