// Printing type-system definitions and extensions; an extension prints like its definition with
// `extend ` before the keyword (extensions carry no description).

extension SchemaDefinition {
    func printed(keyword: String) -> String {
        description.descriptionLine
            + [keyword, directives.map(\.printed).joinedNonEmpty(" "), operationTypes.map(\.printed).printedBlock]
            .joinedNonEmpty(" ")
    }
}

extension OperationTypeDefinition {
    var printed: String { operation.rawValue + ": " + type.name.value }
}

extension TypeDefinition {
    func printed(keywordPrefix: String) -> String {
        switch self {
        case .scalar(let scalar):
            scalar.description.descriptionLine
                + [keywordPrefix + "scalar", scalar.name.value, scalar.directives.map(\.printed).joinedNonEmpty(" ")]
                .joinedNonEmpty(" ")
        case .object(let object): object.printed(keyword: keywordPrefix + "type")
        case .interface(let interface): interface.printed(keyword: keywordPrefix + "interface")
        case .union(let union):
            union.description.descriptionLine
                + [
                    keywordPrefix + "union", union.name.value, union.directives.map(\.printed).joinedNonEmpty(" "),
                    union.types.map(\.name.value).joinedNonEmpty(" | ").wrapped("= "),
                ].joinedNonEmpty(" ")
        case .enumType(let enumType):
            enumType.description.descriptionLine
                + [
                    keywordPrefix + "enum", enumType.name.value, enumType.directives.map(\.printed).joinedNonEmpty(" "),
                    enumType.values.map(\.printed).printedBlock,
                ].joinedNonEmpty(" ")
        case .inputObject(let input):
            input.description.descriptionLine
                + [
                    keywordPrefix + "input", input.name.value, input.directives.map(\.printed).joinedNonEmpty(" "),
                    input.fields.map(\.printed).printedBlock,
                ].joinedNonEmpty(" ")
        }
    }
}

extension ObjectTypeDefinition {
    /// Objects and interfaces print alike; `keyword` is `type`, `interface` or their `extend` forms.
    func printed(keyword: String) -> String {
        description.descriptionLine
            + [
                keyword, name.value, interfaces.map(\.name.value).joinedNonEmpty(" & ").wrapped("implements "),
                directives.map(\.printed).joinedNonEmpty(" "), fields.map(\.printed).printedBlock,
            ].joinedNonEmpty(" ")
    }
}

extension FieldDefinition {
    var printed: String {
        description.descriptionLine + name.value + arguments.map(\.printed).printedArgumentDefinitions + ": "
            + type.printed + directives.map(\.printed).joinedNonEmpty(" ").wrapped(" ")
    }
}

extension InputValueDefinition {
    var printed: String {
        description.descriptionLine
            + [
                name.value + ": " + type.printed, defaultValue?.printed.wrapped("= ") ?? "",
                directives.map(\.printed).joinedNonEmpty(" "),
            ].joinedNonEmpty(" ")
    }
}

extension EnumValueDefinition {
    var printed: String {
        description.descriptionLine + [name.value, directives.map(\.printed).joinedNonEmpty(" ")].joinedNonEmpty(" ")
    }
}

extension DirectiveDefinition {
    var printed: String {
        description.descriptionLine + "directive @" + name.value + arguments.map(\.printed).printedArgumentDefinitions
            + (isRepeatable ? " repeatable" : "") + " on " + locations.map(\.value).joinedNonEmpty(" | ")
    }
}

extension ScalarTypeDefinition {}

extension UnionTypeDefinition {}

extension EnumTypeDefinition {}

extension InputObjectTypeDefinition {}
