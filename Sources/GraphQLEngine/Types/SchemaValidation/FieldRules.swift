// Object and interface fields (spec §3.6): at least one, output types, arguments of input types,
// required arguments not deprecated.

extension SchemaValidator {
    mutating func checkFields(of typeName: String, _ fields: FieldMap) {
        if fields.isEmpty {
            problems.append(SchemaProblem("Type \(typeName) must define one or more fields.", locations.type(typeName)))
        }
        for field in fields {
            let node = locations.field(typeName, field.name)
            checkName(field.name, at: node.map { [$0.loc] } ?? [])
            if !isOutputType(field.type) {
                problems.append(
                    SchemaProblem(
                        "The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).", node?.type.loc))
            }
            for argument in field.arguments {
                let argumentNode = locations.argument(typeName, field.name, argument.name)
                checkInputValue(argument, coordinate: "\(typeName).\(field.name)(\(argument.name):)", node: argumentNode)
            }
        }
    }

    /// An argument (of a field or a directive): reserved name, input type, not both required and deprecated.
    mutating func checkInputValue(_ argument: GraphQLInputValue, coordinate: String, node: InputValueDefinition?) {
        checkName(argument.name, at: node.map { [$0.loc] } ?? [])
        if !isInputType(argument.type) {
            problems.append(
                SchemaProblem("The type of \(coordinate) must be Input Type but got: \(argument.type).", node?.type.loc))
        }
        if argument.type.isNonNull, argument.defaultValue == nil, argument.deprecationReason != nil {
            problems.append(SchemaProblem("Required argument \(coordinate) cannot be deprecated.", node?.loc))
        }
    }

    /// A directive definition: reserved name, at least one location, sound arguments.
    mutating func checkDirectiveDefinition(_ directive: GraphQLDirective) {
        let node = locations.directive(directive.name)
        checkName(directive.name, at: node.map { [$0.loc] } ?? [])
        for argument in directive.arguments {
            checkInputValue(
                argument, coordinate: "@\(directive.name)(\(argument.name):)",
                node: locations.argument(nil, directive.name, argument.name))
        }
    }
}
