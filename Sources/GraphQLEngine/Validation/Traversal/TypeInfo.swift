/// What the traversal knows about the node being visited — the enclosing composite type, the field
/// definition, the directive and argument definitions — kept as stacks the way graphql-js's `TypeInfo`
/// keeps them, so rules read these facts instead of recomputing them.
struct TypeInfo {
    let schema: GraphQLSchema
    /// The output type of the current field, fragment or operation root; `nil` where unknown.
    private var typeStack: [TypeReference?] = []
    /// The composite type whose selection set is being visited.
    private var parentTypeStack: [GraphQLNamedType?] = []
    private var fieldDefinitionStack: [GraphQLField?] = []
    /// Set while inside a directive, so its arguments are looked up on it and not on the field.
    private var isInDirective = false

    private(set) var directive: GraphQLDirective?
    private(set) var argument: GraphQLInputValue?

    init(schema: GraphQLSchema) { self.schema = schema }

    var type: TypeReference? { typeStack.last ?? nil }
    var parentType: GraphQLNamedType? { parentTypeStack.last ?? nil }
    var fieldDefinition: GraphQLField? { fieldDefinitionStack.last ?? nil }
    /// The type the current argument's value must have.
    var inputType: TypeReference? { argument?.type }

    mutating func enterOperation(_ operation: OperationDefinition) {
        typeStack.append(schema.rootType(for: operation.operation).map { .named($0.name) })
    }

    /// A fragment's type condition, or for an inline fragment without one, the enclosing type.
    mutating func enterFragment(typeCondition: NamedTypeNode?) {
        let name = typeCondition?.name.value ?? type?.namedType
        let isOutput = name.flatMap { schema.namedType($0) }?.isOutputType ?? false
        typeStack.append(isOutput ? name.map { .named($0) } : nil)
    }

    mutating func leaveOperationOrFragment() { typeStack.removeLast() }

    mutating func enterSelectionSet() {
        parentTypeStack.append(type.flatMap { schema.compositeType($0.namedType) })
    }

    mutating func leaveSelectionSet() { parentTypeStack.removeLast() }

    mutating func enterField(_ field: Field) {
        let definition = parentType.flatMap { schema.fieldDefinition(named: field.name.value, on: $0) }
        fieldDefinitionStack.append(definition)
        typeStack.append(definition?.type)
    }

    mutating func leaveField() {
        fieldDefinitionStack.removeLast()
        typeStack.removeLast()
    }

    mutating func enterDirective(_ directive: Directive) {
        isInDirective = true
        self.directive = schema.directive(named: directive.name.value)
    }

    mutating func leaveDirective() {
        isInDirective = false
        directive = nil
    }

    mutating func enterArgument(_ argument: Argument) {
        let definitions = isInDirective ? directive?.arguments : fieldDefinition?.arguments
        self.argument = definitions?.first { $0.name == argument.name.value }
    }

    mutating func leaveArgument() { argument = nil }
}

extension GraphQLSchema {
    /// A field of `parentType` by name, including the meta-fields: `__typename` on every composite type,
    /// `__schema` and `__type` on the query root only.
    func fieldDefinition(named name: String, on parentType: GraphQLNamedType) -> GraphQLField? {
        if name.hasPrefix("__") {
            switch name {
            case "__typename" where parentType.isComposite: return Introspection.typeNameField
            case "__schema" where parentType.name == queryType.name: return Introspection.schemaField
            case "__type" where parentType.name == queryType.name: return Introspection.typeField
            default: break
            }
        }
        return parentType.fields?[name]
    }
}
