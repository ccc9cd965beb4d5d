/// Every literal value fits the type expected where it is written: arguments, and variables' default
/// values (spec: "Values of Correct Type", "Input Object Field Names", "Input Object Required Fields",
/// and the `@oneOf` rule that exactly one field be given, not null).
///
/// Scalars judge their own literals through their `parseLiteral` hook; variables are left to
/// VariablesInAllowedPosition.
final class ValuesOfCorrectTypeRule: ValidationRule {
    private let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    func enterArgument(_ argument: Argument) {
        guard let type = context.inputType else { return }
        check(argument.value, against: type)
    }

    func enterVariableDefinition(_ definition: VariableDefinition) {
        let type = TypeReference(definition.type)
        guard let value = definition.defaultValue, context.schema.isInputType(type) else { return }
        check(value, against: type)
    }

    /// Checks `value` where `type` is expected, reporting each problem at the innermost value at fault.
    private func check(_ value: ValueNode, against type: TypeReference) {
        guard !context.isAborted else { return }
        switch value {
        case .variable:
            return
        case .null(let loc):
            if type.isNonNull { context.report("Expected value of type \"\(type)\", found null.", at: [loc]) }
        case .list(let items, _):
            guard case .list(let itemType) = type.nullable else {
                // A list where a single value is expected: judged as a whole against the item type.
                checkLeafOrMismatch(value, against: type.nullable)
                return
            }
            for item in items { check(item, against: itemType) }
        case .object(let fields, let loc):
            guard case .inputObject(let objectType)? = context.schema.namedType(type.namedType) else {
                checkLeafOrMismatch(value, against: type)
                return
            }
            check(fields, at: loc, of: objectType)
        case .int, .float, .string, .boolean, .enumValue:
            checkLeafOrMismatch(value, against: type)
        }
    }

    private func check(_ fields: [ObjectField], at loc: Location, of type: GraphQLInputObjectType) {
        for definition in type.fields
        where definition.type.isNonNull && definition.defaultValue == nil
            && !fields.contains(where: { $0.name.value == definition.name })
        {
            context.report(
                "Field \"\(type.name).\(definition.name)\" of required type \"\(definition.type)\" was not provided.",
                at: [loc])
        }
        if type.isOneOf { checkOneOf(fields, at: loc, of: type) }
        for field in fields {
            if let definition = type.field(named: field.name.value) {
                check(field.value, against: definition.type)
            } else {
                let suggestions = suggestionList(field.name.value, options: type.fields.map(\.name))
                context.report(
                    "Field \"\(field.name.value)\" is not defined by type \"\(type.name)\"." + didYouMean(suggestions),
                    at: [field.loc])
            }
        }
    }

    /// A `@oneOf` input object literal names exactly one field, and not with `null`.
    private func checkOneOf(_ fields: [ObjectField], at loc: Location, of type: GraphQLInputObjectType) {
        let names = Set(fields.map(\.name.value))
        guard names.count == 1, let field = fields.last else {
            context.report("OneOf Input Object \"\(type.name)\" must specify exactly one key.", at: [loc])
            return
        }
        if case .null = field.value {
            context.report("Field \"\(type.name).\(field.name.value)\" must be non-null.", at: [loc])
        }
    }

    /// A literal where a scalar or enum is expected is judged by that type; anywhere else it is a mismatch.
    private func checkLeafOrMismatch(_ value: ValueNode, against type: TypeReference) {
        switch context.schema.namedType(type.namedType) {
        case nil:
            return  // KnownTypeNames reports unknown types.
        case .scalar(let scalar)?:
            do {
                _ = try scalar.coercion.parseLiteral(value)
            } catch {
                context.report(scalarErrorMessage(error, scalar: scalar, value: value, type: type), at: [value.loc])
            }
        case .enumType(let enumType)?:
            if let message = enumErrorMessage(value, enumType) { context.report(message, at: [value.loc]) }
        default:
            context.report("Expected value of type \"\(type)\", found \(printAST(value)).", at: [value.loc])
        }
    }

    /// Built-in scalars' messages stand on their own, as graphql-js's do; a custom scalar's message is
    /// prefixed with what was expected and found.
    private func scalarErrorMessage(
        _ error: any Error, scalar: GraphQLScalarType, value: ValueNode, type: TypeReference
    ) -> String {
        let reason = (error as? ScalarCoercionError)?.message ?? String(describing: error)
        if ["Int", "Float", "String", "Boolean", "ID"].contains(scalar.name) { return reason }
        return "Expected value of type \"\(type)\", found \(printAST(value)); \(reason)"
    }

    /// graphql-js's enum literal messages, with suggestions among the enum's values.
    private func enumErrorMessage(_ value: ValueNode, _ type: GraphQLEnumType) -> String? {
        let printed = printAST(value)
        let suggestions = didYouMean("the enum value", suggestionList(printed, options: type.values.map(\.name)))
        guard case .enumValue(let name, _) = value else {
            return "Enum \"\(type.name)\" cannot represent non-enum value: \(printed)." + suggestions
        }
        return type.hasValue(name) ? nil : "Value \"\(printed)\" does not exist in \"\(type.name)\" enum." + suggestions
    }
}
