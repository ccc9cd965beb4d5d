/// CoerceVariableValues(schema, operation, variableValues): the operation's variables, coerced to their
/// declared types with defaults applied.
///
/// A variable that is neither given nor defaulted stays absent (not null), so an argument it feeds falls
/// back to the argument's own default. Every failure is reported, each as a `BAD_USER_INPUT` request error
/// located at the variable definition, with graphql-js's wording.
func coerceVariableValues(
    schema: GraphQLSchema, definitions: [VariableDefinition], inputs: ObjectValue, source: Source?
) throws(RequestError) -> ObjectValue {
    var coerced = ObjectValue()
    var errors: [GraphQLError] = []
    for definition in definitions {
        let name = definition.variable.name.value
        let type = TypeReference(definition.type)
        let fail = { (message: String) in
            errors.append(GraphQLError(message, locations: source.positions(of: [definition.loc]), code: .badUserInput))
        }
        guard schema.namedType(type.namedType)?.isInputType == true else {
            fail("Variable \"$\(name)\" expected value of type \"\(type)\" which cannot be used as an input type.")
            continue
        }
        guard let value = inputs[name] else {
            if let defaultValue = definition.defaultValue {
                do {
                    coerced[name] = try coerceInputLiteral(defaultValue, type: type, schema: schema, variables: nil)
                } catch {
                    fail("Variable \"$\(name)\" has invalid default value \(printAST(defaultValue)).")
                }
            } else if type.isNonNull {
                fail("Variable \"$\(name)\" of required type \"\(type)\" was not provided.")
            }
            continue
        }
        if value.isNull, type.isNonNull {
            fail("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.")
            continue
        }
        do {
            coerced[name] = try coerceInputValue(value, type: type, schema: schema)
        } catch {
            fail(invalidVariableMessage(name: name, value: value, error: error))
        }
    }
    if !errors.isEmpty { throw RequestError(errors) }
    return coerced
}

/// `Variable "$x" got invalid value … [at "x.path"]; reason`, quoting the part of the value that failed.
private func invalidVariableMessage(name: String, value: Value, error: any Error) -> String {
    guard let coercionError = error as? InputCoercionError else {
        return "Variable \"$\(name)\" got invalid value \(value.inspected)."
    }
    var message = "Variable \"$\(name)\" got invalid value \((coercionError.value ?? value).inspected)"
    if !coercionError.path.isEmpty { message += " at \"\(name)\(coercionError.path.printedInputPath)\"" }
    return message + "; " + coercionError.message
}
