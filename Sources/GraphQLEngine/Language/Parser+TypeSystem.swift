// Type-system definitions (spec §3): schema, the six kinds of type, and directives.

extension Parser {
    /// `SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }`
    mutating func parseSchemaDefinition() throws(SyntaxError) -> SchemaDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try many(
            .braceLeft, { parser throws(SyntaxError) in try parser.parseOperationTypeDefinition() }, .braceRight)
        return SchemaDefinition(
            description: description, directives: directives, operationTypes: operationTypes,
            loc: location(from: start))
    }

    /// `RootOperationTypeDefinition : OperationType : NamedType`
    mutating func parseOperationTypeDefinition() throws(SyntaxError) -> OperationTypeDefinition {
        let start = token.start
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinition(operation: operation, type: type, loc: location(from: start))
    }

    /// `ScalarTypeDefinition : Description? scalar Name Directives[Const]?`
    mutating func parseScalarTypeDefinition() throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinition(
            description: description, name: name, directives: directives, loc: location(from: start))
    }

    /// `ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`
    mutating func parseObjectTypeDefinition() throws(SyntaxError) -> ObjectTypeDefinition {
        try parseObjectOrInterfaceDefinition(keyword: "type")
    }

    /// `InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`
    mutating func parseInterfaceTypeDefinition() throws(SyntaxError) -> InterfaceTypeDefinition {
        try parseObjectOrInterfaceDefinition(keyword: "interface")
    }

    /// The shared shape of object and interface definitions, which differ only in their keyword.
    private mutating func parseObjectOrInterfaceDefinition(
        keyword: StaticString
    ) throws(SyntaxError) -> ObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword(keyword)
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives, fields: fields,
            loc: location(from: start))
    }

    /// `ImplementsInterfaces : implements &? NamedType (& NamedType)*`
    mutating func parseImplementsInterfaces() throws(SyntaxError) -> [NamedTypeNode] {
        guard try expectOptionalKeyword("implements") else { return [] }
        return try delimitedMany(.ampersand) { parser throws(SyntaxError) in try parser.parseNamedType() }
    }

    /// `FieldsDefinition : { FieldDefinition+ }` — an empty `{}` is an error, as in graphql-js.
    mutating func parseFieldsDefinition() throws(SyntaxError) -> [FieldDefinition] {
        try optionalMany(
            .braceLeft, { parser throws(SyntaxError) in try parser.parseFieldDefinition() }, .braceRight)
    }

    /// `FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?`
    mutating func parseFieldDefinition() throws(SyntaxError) -> FieldDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinition(
            description: description, name: name, arguments: arguments, type: type, directives: directives,
            loc: location(from: start))
    }

    /// `ArgumentsDefinition : ( InputValueDefinition+ )`
    mutating func parseArgumentDefinitions() throws(SyntaxError) -> [InputValueDefinition] {
        try optionalMany(
            .parenLeft, { parser throws(SyntaxError) in try parser.parseInputValueDefinition() }, .parenRight)
    }

    /// `InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?`
    mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(
            description: description, name: name, type: type, defaultValue: defaultValue, directives: directives,
            loc: location(from: start))
    }

    /// `UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?`
    mutating func parseUnionTypeDefinition() throws(SyntaxError) -> UnionTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinition(
            description: description, name: name, directives: directives, types: types, loc: location(from: start))
    }

    /// `UnionMemberTypes : = |? NamedType (| NamedType)*`
    mutating func parseUnionMemberTypes() throws(SyntaxError) -> [NamedTypeNode] {
        guard try expectOptional(.equals) else { return [] }
        return try delimitedMany(.pipe) { parser throws(SyntaxError) in try parser.parseNamedType() }
    }

    /// `EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?`
    mutating func parseEnumTypeDefinition() throws(SyntaxError) -> EnumTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinition(
            description: description, name: name, directives: directives, values: values, loc: location(from: start))
    }

    /// `EnumValuesDefinition : { EnumValueDefinition+ }`
    mutating func parseEnumValuesDefinition() throws(SyntaxError) -> [EnumValueDefinition] {
        try optionalMany(
            .braceLeft, { parser throws(SyntaxError) in try parser.parseEnumValueDefinition() }, .braceRight)
    }

    /// `EnumValueDefinition : Description? EnumValue Directives[Const]?`
    mutating func parseEnumValueDefinition() throws(SyntaxError) -> EnumValueDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseEnumValueName()
        let directives = try parseDirectives(isConst: true)
        return EnumValueDefinition(
            description: description, name: name, directives: directives, loc: location(from: start))
    }

    /// `EnumValue : Name but not true or false or null`
    mutating func parseEnumValueName() throws(SyntaxError) -> Name {
        if isKeyword(token, "true") || isKeyword(token, "false") || isKeyword(token, "null") {
            throw SyntaxError("\(describe(token)) is reserved and cannot be used for an enum value.", at: token.start)
        }
        return try parseName()
    }

    /// `InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?`
    mutating func parseInputObjectTypeDefinition() throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinition(
            description: description, name: name, directives: directives, fields: fields, loc: location(from: start))
    }

    /// `InputFieldsDefinition : { InputValueDefinition+ }`
    mutating func parseInputFieldsDefinition() throws(SyntaxError) -> [InputValueDefinition] {
        try optionalMany(
            .braceLeft, { parser throws(SyntaxError) in try parser.parseInputValueDefinition() }, .braceRight)
    }

    /// `DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations`
    mutating func parseDirectiveDefinition() throws(SyntaxError) -> DirectiveDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try delimitedMany(.pipe) { parser throws(SyntaxError) in try parser.parseDirectiveLocation() }
        return DirectiveDefinition(
            description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations, loc: location(from: start))
    }

    /// `DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation` — one of the names `DirectiveLocation` lists.
    mutating func parseDirectiveLocation() throws(SyntaxError) -> Name {
        let nameToken = token
        let name = try parseName()
        guard DirectiveLocation(rawValue: name.value) != nil else { throw unexpected(nameToken) }
        return name
    }
}
