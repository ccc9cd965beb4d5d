/// One place a variable is used, with what that position expects of it.
struct VariableUsage {
    let variable: Variable
    /// The type the argument, input field or list item expects; `nil` where the schema does not say.
    let type: TypeReference?
    /// The default of the argument or input field the variable fills (`.null` for a default of null).
    let defaultValue: Value?
    /// The input object whose field the variable fills, for the `@oneOf` non-null requirement.
    let parentInputObject: GraphQLInputObjectType?
}

/// Finds the variable usages in an operation or one fragment (not following spreads), tracking the
/// expected input type down through arguments, lists and input objects as graphql-js's `TypeInfo` does.
struct VariableUsageCollector {
    let schema: GraphQLSchema
    private(set) var usages: [VariableUsage] = []

    init(schema: GraphQLSchema) { self.schema = schema }

    /// Variable definitions are skipped: a default value may not use variables, and a variable's own
    /// directives are not usages.
    mutating func collect(_ operation: OperationDefinition) {
        collect(operation.directives)
        let root = schema.rootType(for: operation.operation).map { GraphQLNamedType.object($0) }
        collect(operation.selectionSet, parentType: root)
    }

    mutating func collect(_ fragment: FragmentDefinition) {
        collect(fragment.directives)
        collect(fragment.selectionSet, parentType: schema.compositeType(fragment.typeCondition.name.value))
    }

    private mutating func collect(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let definition = parentType.flatMap { schema.fieldDefinition(named: field.name.value, on: $0) }
                collect(field.arguments, definitions: definition?.arguments)
                collect(field.directives)
                if let nested = field.selectionSet {
                    collect(nested, parentType: definition.flatMap { schema.compositeType($0.type.namedType) })
                }
            case .inlineFragment(let inline):
                collect(inline.directives)
                let type = inline.typeCondition.map { schema.compositeType($0.name.value) } ?? parentType
                collect(inline.selectionSet, parentType: type)
            case .fragmentSpread(let spread):
                collect(spread.directives)
            }
        }
    }

    private mutating func collect(_ directives: [Directive]) {
        for directive in directives {
            collect(directive.arguments, definitions: schema.directive(named: directive.name.value)?.arguments)
        }
    }

    private mutating func collect(_ arguments: [Argument], definitions: [GraphQLInputValue]?) {
        for argument in arguments {
            let definition = definitions?.first { $0.name == argument.name.value }
            collect(argument.value, type: definition?.type, defaultValue: definition?.defaultValue, parent: nil)
        }
    }

    private mutating func collect(
        _ value: ValueNode, type: TypeReference?, defaultValue: Value?, parent: GraphQLInputObjectType?
    ) {
        switch value {
        case .variable(let variable):
            usages.append(
                VariableUsage(variable: variable, type: type, defaultValue: defaultValue, parentInputObject: parent))
        case .list(let items, _):
            // A list position hands its item type down; a single value in a list position keeps the type.
            var itemType = type?.nullable
            if case .list(let inner)? = itemType { itemType = inner }
            for item in items { collect(item, type: itemType, defaultValue: nil, parent: nil) }
        case .object(let fields, _):
            let objectType: GraphQLInputObjectType?
            if let name = type?.namedType, case .inputObject(let input)? = schema.namedType(name) {
                objectType = input
            } else {
                objectType = nil
            }
            for field in fields {
                let definition = objectType?.field(named: field.name.value)
                collect(field.value, type: definition?.type, defaultValue: definition?.defaultValue, parent: objectType)
            }
        case .int, .float, .string, .boolean, .null, .enumValue:
            break
        }
    }
}
