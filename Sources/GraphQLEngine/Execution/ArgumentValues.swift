/// CoerceArgumentValues(objectType, field, variableValues): a field's (or directive's) arguments, coerced
/// to their declared types with defaults applied.
///
/// An argument fed by a variable the request left absent falls back to the argument's default, or stays
/// absent; a given null stays null. Failures read as in graphql-js and carry code `BAD_USER_INPUT`.
func coerceArgumentValues(
    definitions: [GraphQLInputValue], node: Field, variables: ObjectValue, schema: GraphQLSchema, source: Source?
) -> Result<ObjectValue, GraphQLError> {
    var coerced = ObjectValue()
    guard !definitions.isEmpty else { return .success(coerced) }
    coerced.reserveCapacity(definitions.count)
    for definition in definitions {
        let name = definition.name
        let type = definition.type
        guard let argument = node.arguments.first(where: { $0.name.value == name }) else {
            if let defaultValue = definition.defaultValue {
                coerced[name] = defaultValue
            } else if type.isNonNull {
                return .failure(GraphQLError(
                    "Argument \"\(name)\" of required type \"\(type)\" was not provided.",
                    locations: source.positions(of: [node.loc]), code: .badUserInput))
            }
            continue
        }
        if case .variable(let variable) = argument.value {
            let variableName = variable.name.value
            guard let value = variables[variableName] else {
                if let defaultValue = definition.defaultValue {
                    coerced[name] = defaultValue
                } else if type.isNonNull {
                    return .failure(GraphQLError(
                        "Argument \"\(name)\" of required type \"\(type)\" was provided the variable "
                            + "\"$\(variableName)\" which was not provided a runtime value.",
                        locations: source.positions(of: [argument.value.loc]), code: .badUserInput))
                }
                continue
            }
            if value.isNull, type.isNonNull {
                return .failure(GraphQLError(
                    "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.",
                    locations: source.positions(of: [argument.value.loc]), code: .badUserInput))
            }
            coerced[name] = value
            continue
        }
        do {
            coerced[name] = try coerceInputLiteral(argument.value, type: type, schema: schema, variables: variables)
        } catch {
            return .failure(GraphQLError(
                "Argument \"\(name)\" has invalid value \(printAST(argument.value)).",
                locations: source.positions(of: [argument.value.loc]), code: .badUserInput))
        }
    }
    return .success(coerced)
}
