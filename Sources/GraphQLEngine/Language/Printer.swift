// Printing syntax trees back to GraphQL text with graphql-js's formatting: two-space indentation,
// one selection per line, block strings kept as block strings. `parse(printAST(document))` gives
// back the same tree, locations aside.

/// Prints a document, executable or type-system, as graphql-js's `print` would.
public func printAST(_ document: Document) -> String {
    document.printed
}

/// Prints a value literal, e.g. `{a: [1, $b]}`.
public func printAST(_ value: ValueNode) -> String {
    value.printed
}

/// Prints a type reference, e.g. `[String!]!`.
public func printAST(_ type: TypeNode) -> String {
    type.printed
}

/// A long field's arguments go one per line once the field's line would pass this many UTF-16 units.
private let maxLineLength = 80

extension Document {
    var printed: String {
        definitions.map(\.printed).joinedNonEmpty("\n\n")
    }
}

extension Definition {
    var printed: String {
        switch self {
        case .operation(let operation): operation.printed
        case .fragment(let fragment): fragment.printed
        case .schema(let schema): schema.printed(keyword: "schema")
        case .schemaExtension(let schema): schema.printed(keyword: "extend schema")
        case .type(let type): type.printed(keywordPrefix: "")
        case .typeExtension(let type): type.printed(keywordPrefix: "extend ")
        case .directive(let directive): directive.printed
        }
    }
}

extension OperationDefinition {
    /// An anonymous query with nothing but a selection set prints in the `{ … }` shorthand.
    var printed: String {
        let variables = variableDefinitions.map(\.printed).joinedNonEmpty(", ").wrapped("(", ")")
        let prefix = [
            operation.rawValue, [name?.value ?? "", variables].joinedNonEmpty(),
            directives.map(\.printed).joinedNonEmpty(" "),
        ].joinedNonEmpty(" ")
        if description == nil && prefix == "query" { return selectionSet.printed }
        return description.descriptionLine + prefix + " " + selectionSet.printed
    }
}

extension VariableDefinition {
    var printed: String {
        (description?.printed.wrapped("", " ") ?? "") + variable.printed + ": " + type.printed
            + (defaultValue?.printed.wrapped(" = ") ?? "") + directives.map(\.printed).joinedNonEmpty(" ").wrapped(" ")
    }
}

extension Variable {
    var printed: String { "$" + name.value }
}

extension SelectionSet {
    var printed: String { selections.map(\.printed).printedBlock }
}

extension Selection {
    var printed: String {
        switch self {
        case .field(let field): field.printed
        case .fragmentSpread(let spread):
            "..." + spread.name.value + spread.directives.map(\.printed).joinedNonEmpty(" ").wrapped(" ")
        case .inlineFragment(let fragment):
            [
                "...", fragment.typeCondition?.name.value.wrapped("on ") ?? "",
                fragment.directives.map(\.printed).joinedNonEmpty(" "), fragment.selectionSet.printed,
            ].joinedNonEmpty(" ")
        }
    }
}

extension Field {
    var printed: String {
        let prefix = (alias?.value.wrapped("", ": ") ?? "") + name.value
        let printedArguments = arguments.map(\.printed)
        var argumentsLine = prefix + printedArguments.joinedNonEmpty(", ").wrapped("(", ")")
        if argumentsLine.utf16.count > maxLineLength {
            argumentsLine = prefix + printedArguments.joinedNonEmpty("\n").indented.wrapped("(\n", "\n)")
        }
        return [argumentsLine, directives.map(\.printed).joinedNonEmpty(" "), selectionSet?.printed ?? ""]
            .joinedNonEmpty(" ")
    }
}

extension FragmentDefinition {
    var printed: String {
        description.descriptionLine + "fragment \(name.value) on \(typeCondition.name.value) "
            + directives.map(\.printed).joinedNonEmpty(" ").wrapped("", " ") + selectionSet.printed
    }
}

extension Argument {
    var printed: String { name.value + ": " + value.printed }
}

extension Directive {
    var printed: String {
        "@" + name.value + arguments.map(\.printed).joinedNonEmpty(", ").wrapped("(", ")")
    }
}

extension ValueNode {
    var printed: String {
        switch self {
        case .variable(let variable): variable.printed
        case .int(let text, _), .float(let text, _), .enumValue(let text, _): text
        case .string(let string): string.printed
        case .boolean(let value, _): value ? "true" : "false"
        case .null: "null"
        case .list(let values, _): "[" + values.map(\.printed).joinedNonEmpty(", ") + "]"
        case .object(let fields, _): "{" + fields.map { $0.name.value + ": " + $0.value.printed }.joinedNonEmpty(", ") + "}"
        }
    }
}

extension StringValue {
    var printed: String { block ? printBlockString(value) : printString(value) }
}

extension TypeNode {
    var printed: String {
        switch shape {
        case .named(let named): named.name.value
        case .list(let itemType, _): "[" + itemType.printed + "]"
        case .nonNull(let nullableType, _): nullableType.printed + "!"
        }
    }
}
