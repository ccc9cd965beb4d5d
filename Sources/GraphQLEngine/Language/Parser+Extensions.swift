// Type-system extensions (spec §3.1–3.10): `extend schema`, `extend scalar`, `extend type`, …
//
// Each reuses its definition's node with no description; an extension that adds nothing is an
// error at the token where something was expected, as in graphql-js.

extension Parser {
    /// `TypeSystemExtension : SchemaExtension | TypeExtension`
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> Definition {
        let keyword = try lookahead()
        if keyword.kind == .name {
            switch text(of: keyword) {
            case "schema": return .schemaExtension(try parseSchemaExtension())
            case "scalar": return .typeExtension(.scalar(try parseScalarTypeExtension()))
            case "type": return .typeExtension(.object(try parseObjectOrInterfaceExtension(keyword: "type")))
            case "interface":
                return .typeExtension(.interface(try parseObjectOrInterfaceExtension(keyword: "interface")))
            case "union": return .typeExtension(.union(try parseUnionTypeExtension()))
            case "enum": return .typeExtension(.enumType(try parseEnumTypeExtension()))
            case "input": return .typeExtension(.inputObject(try parseInputObjectTypeExtension()))
            default: break
            }
        }
        throw unexpected(keyword)
    }

    /// `SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] [lookahead != {]`
    mutating func parseSchemaExtension() throws(SyntaxError) -> SchemaDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try optionalMany(
            .braceLeft, { parser throws(SyntaxError) in try parser.parseOperationTypeDefinition() }, .braceRight)
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected() }
        return SchemaDefinition(
            description: nil, directives: directives, operationTypes: operationTypes, loc: location(from: start))
    }

    /// `ScalarTypeExtension : extend scalar Name Directives[Const]`
    mutating func parseScalarTypeExtension() throws(SyntaxError) -> ScalarTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        if directives.isEmpty { throw unexpected() }
        return ScalarTypeDefinition(description: nil, name: name, directives: directives, loc: location(from: start))
    }

    /// `ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition` (or without fields, with interfaces or directives);
    /// `InterfaceTypeExtension` is the same after `extend interface`.
    mutating func parseObjectOrInterfaceExtension(keyword: StaticString) throws(SyntaxError) -> ObjectTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword(keyword)
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return ObjectTypeDefinition(
            description: nil, name: name, interfaces: interfaces, directives: directives, fields: fields,
            loc: location(from: start))
    }

    /// `UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]`
    mutating func parseUnionTypeExtension() throws(SyntaxError) -> UnionTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        if directives.isEmpty && types.isEmpty { throw unexpected() }
        return UnionTypeDefinition(
            description: nil, name: name, directives: directives, types: types, loc: location(from: start))
    }

    /// `EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]`
    mutating func parseEnumTypeExtension() throws(SyntaxError) -> EnumTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        if directives.isEmpty && values.isEmpty { throw unexpected() }
        return EnumTypeDefinition(
            description: nil, name: name, directives: directives, values: values, loc: location(from: start))
    }

    /// `InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]`
    mutating func parseInputObjectTypeExtension() throws(SyntaxError) -> InputObjectTypeDefinition {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        if directives.isEmpty && fields.isEmpty { throw unexpected() }
        return InputObjectTypeDefinition(
            description: nil, name: name, directives: directives, fields: fields, loc: location(from: start))
    }
}
