/// One validation rule: a per-document visitor that the single traversal calls back as it enters and
/// leaves nodes, reporting problems through its `ValidationContext`.
///
/// Rules are classes because each keeps state for one document (names seen so far, the current
/// operation); every callback has an empty default so a rule implements only what it looks at.
/// Values are not visited node by node: rules that inspect them walk an argument's value themselves,
/// with the expected type the context gives them.
protocol ValidationRule: AnyObject {
    init(context: ValidationContext)

    func enterDocument(_ document: Document)
    func leaveDocument(_ document: Document)
    func enterOperation(_ operation: OperationDefinition)
    func leaveOperation(_ operation: OperationDefinition)
    func enterVariableDefinition(_ definition: VariableDefinition)
    func enterFragmentDefinition(_ fragment: FragmentDefinition)
    func enterSelectionSet(_ selectionSet: SelectionSet)
    func enterField(_ field: Field)
    func leaveField(_ field: Field)
    func enterInlineFragment(_ fragment: InlineFragment)
    func enterFragmentSpread(_ spread: FragmentSpread)
    /// A type name written in the document: a variable's type or a fragment's type condition.
    func enterNamedType(_ type: NamedTypeNode)
    /// All directives of one node, before each is entered on its own.
    func enterDirectives(_ directives: [Directive], at location: DirectiveLocation)
    func enterDirective(_ directive: Directive, at location: DirectiveLocation)
    func leaveDirective(_ directive: Directive)
    /// An argument of a field or directive; `ValidationContext.argument` is its definition.
    func enterArgument(_ argument: Argument)
}

extension ValidationRule {
    func enterDocument(_ document: Document) {}
    func leaveDocument(_ document: Document) {}
    func enterOperation(_ operation: OperationDefinition) {}
    func leaveOperation(_ operation: OperationDefinition) {}
    func enterVariableDefinition(_ definition: VariableDefinition) {}
    func enterFragmentDefinition(_ fragment: FragmentDefinition) {}
    func enterSelectionSet(_ selectionSet: SelectionSet) {}
    func enterField(_ field: Field) {}
    func leaveField(_ field: Field) {}
    func enterInlineFragment(_ fragment: InlineFragment) {}
    func enterFragmentSpread(_ spread: FragmentSpread) {}
    func enterNamedType(_ type: NamedTypeNode) {}
    func enterDirectives(_ directives: [Directive], at location: DirectiveLocation) {}
    func enterDirective(_ directive: Directive, at location: DirectiveLocation) {}
    func leaveDirective(_ directive: Directive) {}
    func enterArgument(_ argument: Argument) {}
}
