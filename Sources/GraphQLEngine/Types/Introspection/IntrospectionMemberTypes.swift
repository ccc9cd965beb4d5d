// `__Field`, `__InputValue` and `__EnumValue` (spec §4.2.4–4.2.6).

extension Introspection {
    static let fieldType = GraphQLObjectType(
        name: "__Field",
        description:
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        fields: [
            introspectionField("__Field", "name", .nonNull(.named("String"))) { (field: GraphQLField, _, _) in field.name },
            introspectionField("__Field", "description", .named("String")) { (field: GraphQLField, _, _) in
                field.description
            },
            introspectionField(
                "__Field", "args", .nonNull(.list(.nonNull(.named("__InputValue")))),
                arguments: [includeDeprecatedArgument]
            ) { (field: GraphQLField, arguments, _) in
                field.arguments.filter { arguments.includesDeprecated || $0.deprecationReason == nil }
                    .map { $0 as any Sendable }
            },
            introspectionField("__Field", "type", .nonNull(.named("__Type"))) { (field: GraphQLField, _, _) in
                IntrospectedType(reference: field.type)
            },
            introspectionField("__Field", "isDeprecated", .nonNull(.named("Boolean"))) { (field: GraphQLField, _, _) in
                field.deprecationReason != nil
            },
            introspectionField("__Field", "deprecationReason", .named("String")) { (field: GraphQLField, _, _) in
                field.deprecationReason
            },
        ]
    )

    static let inputValueType = GraphQLObjectType(
        name: "__InputValue",
        description:
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        fields: [
            introspectionField("__InputValue", "name", .nonNull(.named("String"))) { (value: GraphQLInputValue, _, _) in
                value.name
            },
            introspectionField("__InputValue", "description", .named("String")) { (value: GraphQLInputValue, _, _) in
                value.description
            },
            introspectionField("__InputValue", "type", .nonNull(.named("__Type"))) { (value: GraphQLInputValue, _, _) in
                IntrospectedType(reference: value.type)
            },
            introspectionField(
                "__InputValue", "defaultValue", .named("String"),
                description: "A GraphQL-formatted string representing the default value for this input value."
            ) { (value: GraphQLInputValue, _, info) in
                value.defaultValue.flatMap { valueToLiteral($0, type: value.type, schema: info.schema) }.map(printAST)
            },
            introspectionField("__InputValue", "isDeprecated", .nonNull(.named("Boolean"))) {
                (value: GraphQLInputValue, _, _) in value.deprecationReason != nil
            },
            introspectionField("__InputValue", "deprecationReason", .named("String")) {
                (value: GraphQLInputValue, _, _) in value.deprecationReason
            },
        ]
    )

    static let enumValueType = GraphQLObjectType(
        name: "__EnumValue",
        description:
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        fields: [
            introspectionField("__EnumValue", "name", .nonNull(.named("String"))) { (value: GraphQLEnumValue, _, _) in
                value.name
            },
            introspectionField("__EnumValue", "description", .named("String")) { (value: GraphQLEnumValue, _, _) in
                value.description
            },
            introspectionField("__EnumValue", "isDeprecated", .nonNull(.named("Boolean"))) {
                (value: GraphQLEnumValue, _, _) in value.deprecationReason != nil
            },
            introspectionField("__EnumValue", "deprecationReason", .named("String")) {
                (value: GraphQLEnumValue, _, _) in value.deprecationReason
            },
        ]
    )
}
