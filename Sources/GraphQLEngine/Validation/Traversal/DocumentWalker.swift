/// The single depth-first traversal of an executable document that validation makes: it keeps the
/// context's `TypeInfo` current and calls every rule on entering and leaving each node, in document
/// order, stopping as soon as the context has aborted.
///
/// Type-system definitions are not descended into (ExecutableDefinitions reports them). Recursion is
/// bounded by the parser's nesting limit, and fragment spreads are not followed, so it always ends.
struct DocumentWalker {
    let context: ValidationContext
    let rules: [any ValidationRule]

    func walk(_ document: Document) {
        for rule in rules { rule.enterDocument(document) }
        for (index, definition) in document.definitions.enumerated() {
            guard !context.isAborted else { return }
            context.definitionIndex = index
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            case .schema, .type, .directive, .schemaExtension, .typeExtension: break
            }
        }
        guard !context.isAborted else { return }
        for rule in rules { rule.leaveDocument(document) }
    }

    private func walk(_ operation: OperationDefinition) {
        context.typeInfo.enterOperation(operation)
        defer { context.typeInfo.leaveOperationOrFragment() }
        for rule in rules { rule.enterOperation(operation) }
        for definition in operation.variableDefinitions { walk(definition) }
        walk(operation.directives, at: directiveLocation(of: operation.operation))
        walk(operation.selectionSet)
        guard !context.isAborted else { return }
        for rule in rules { rule.leaveOperation(operation) }
    }

    private func walk(_ definition: VariableDefinition) {
        for rule in rules { rule.enterVariableDefinition(definition) }
        let namedType = definition.type.namedType
        for rule in rules { rule.enterNamedType(namedType) }
        walk(definition.directives, at: .variableDefinition)
    }

    private func walk(_ fragment: FragmentDefinition) {
        context.typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        defer { context.typeInfo.leaveOperationOrFragment() }
        for rule in rules { rule.enterFragmentDefinition(fragment) }
        for rule in rules { rule.enterNamedType(fragment.typeCondition) }
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
    }

    private func walk(_ selectionSet: SelectionSet) {
        guard !context.isAborted else { return }
        context.typeInfo.enterSelectionSet()
        defer { context.typeInfo.leaveSelectionSet() }
        for rule in rules { rule.enterSelectionSet(selectionSet) }
        for selection in selectionSet.selections {
            guard !context.isAborted else { return }
            switch selection {
            case .field(let field): walk(field)
            case .inlineFragment(let inline): walk(inline)
            case .fragmentSpread(let spread): walk(spread)
            }
        }
    }

    private func walk(_ field: Field) {
        context.typeInfo.enterField(field)
        defer { context.typeInfo.leaveField() }
        for rule in rules { rule.enterField(field) }
        walk(field.arguments)
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        guard !context.isAborted else { return }
        for rule in rules { rule.leaveField(field) }
    }

    private func walk(_ inline: InlineFragment) {
        context.typeInfo.enterFragment(typeCondition: inline.typeCondition)
        defer { context.typeInfo.leaveOperationOrFragment() }
        for rule in rules { rule.enterInlineFragment(inline) }
        if let typeCondition = inline.typeCondition {
            for rule in rules { rule.enterNamedType(typeCondition) }
        }
        walk(inline.directives, at: .inlineFragment)
        walk(inline.selectionSet)
    }

    private func walk(_ spread: FragmentSpread) {
        for rule in rules { rule.enterFragmentSpread(spread) }
        walk(spread.directives, at: .fragmentSpread)
    }

    private func walk(_ directives: [Directive], at location: DirectiveLocation) {
        guard !directives.isEmpty, !context.isAborted else { return }
        for rule in rules { rule.enterDirectives(directives, at: location) }
        for directive in directives {
            context.typeInfo.enterDirective(directive)
            defer { context.typeInfo.leaveDirective() }
            for rule in rules { rule.enterDirective(directive, at: location) }
            walk(directive.arguments)
            for rule in rules { rule.leaveDirective(directive) }
        }
    }

    private func walk(_ arguments: [Argument]) {
        for argument in arguments {
            context.typeInfo.enterArgument(argument)
            defer { context.typeInfo.leaveArgument() }
            for rule in rules { rule.enterArgument(argument) }
        }
    }

    private func directiveLocation(of operation: OperationType) -> DirectiveLocation {
        switch operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
    }
}
