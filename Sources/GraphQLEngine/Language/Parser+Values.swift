// Values, arguments, directives and type references (spec §2.6, 2.9, 2.11, 2.12).

extension Parser {
    /// `Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]`
    ///
    /// In a constant context (default values, SDL directives) a variable is an error.
    mutating func parseValueLiteral(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let current = token
        switch current.kind {
        case .bracketLeft:
            return try parseList(isConst: isConst)
        case .braceLeft:
            return try parseObject(isConst: isConst)
        case .int:
            try advance()
            return .int(text(of: current), location(from: current.start))
        case .float:
            try advance()
            return .float(text(of: current), location(from: current.start))
        case .string, .blockString:
            return .string(try parseStringLiteral())
        case .name:
            try advance()
            let loc = location(from: current.start)
            if isKeyword(current, "true") { return .boolean(true, loc) }
            if isKeyword(current, "false") { return .boolean(false, loc) }
            if isKeyword(current, "null") { return .null(loc) }
            return .enumValue(text(of: current), loc)
        case .dollar:
            guard isConst else { return .variable(try parseVariable()) }
            try advance()
            if peek(.name) {
                throw SyntaxError("Unexpected variable \"$\(text(of: token))\" in constant value.", at: current.start)
            }
            throw unexpected(current)
        default:
            throw unexpected()
        }
    }

    /// `StringValue` as a node; `block` remembers the `"""` form for the printer.
    mutating func parseStringLiteral() throws(SyntaxError) -> StringValue {
        let current = token
        try advance()
        return StringValue(
            value: try stringValue(of: current), block: current.kind == .blockString,
            loc: location(from: current.start))
    }

    /// `ListValue[Const] : [ ] | [ Value[?Const]+ ]`
    mutating func parseList(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let start = token.start
        try enterNesting()
        let values = try any(
            .bracketLeft, { parser throws(SyntaxError) in try parser.parseValueLiteral(isConst: isConst) },
            .bracketRight)
        leaveNesting()
        return .list(values, location(from: start))
    }

    /// `ObjectValue[Const] : { } | { ObjectField[?Const]+ }`
    mutating func parseObject(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let start = token.start
        try enterNesting()
        let fields = try any(
            .braceLeft, { parser throws(SyntaxError) in try parser.parseObjectField(isConst: isConst) }, .braceRight)
        leaveNesting()
        return .object(fields, location(from: start))
    }

    /// `ObjectField[Const] : Name : Value[?Const]`
    mutating func parseObjectField(isConst: Bool) throws(SyntaxError) -> ObjectField {
        let start = token.start
        let name = try parseName()
        try expect(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return ObjectField(name: name, value: value, loc: location(from: start))
    }

    /// `Arguments[Const] : ( Argument[?Const]+ )`
    mutating func parseArguments(isConst: Bool) throws(SyntaxError) -> [Argument] {
        try optionalMany(
            .parenLeft, { parser throws(SyntaxError) in try parser.parseArgument(isConst: isConst) }, .parenRight)
    }

    /// `Argument[Const] : Name : Value[?Const]`
    mutating func parseArgument(isConst: Bool) throws(SyntaxError) -> Argument {
        let start = token.start
        let name = try parseName()
        try expect(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return Argument(name: name, value: value, loc: location(from: start))
    }

    /// `Directives[Const] : Directive[?Const]+`
    mutating func parseDirectives(isConst: Bool) throws(SyntaxError) -> [Directive] {
        try manyWhile(.at) { parser throws(SyntaxError) in try parser.parseDirective(isConst: isConst) }
    }

    /// `Directive[Const] : @ Name Arguments[?Const]?`
    mutating func parseDirective(isConst: Bool) throws(SyntaxError) -> Directive {
        let start = token.start
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return Directive(name: name, arguments: arguments, loc: location(from: start))
    }

    /// `Type : NamedType | ListType | NonNullType` where `ListType : [ Type ]` and `NonNullType : NamedType ! | ListType !`
    mutating func parseTypeReference() throws(SyntaxError) -> TypeNode {
        let start = token.start
        var type: TypeNode
        if peek(.bracketLeft) {
            try enterNesting()
            try advance()
            let itemType = try parseTypeReference()
            try expect(.bracketRight)
            leaveNesting()
            type = .list(itemType, location(from: start))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptional(.bang) {
            type = .nonNull(type, location(from: start))
        }
        return type
    }

    /// `NamedType : Name`
    mutating func parseNamedType() throws(SyntaxError) -> NamedTypeNode {
        let start = token.start
        let name = try parseName()
        return NamedTypeNode(name: name, loc: location(from: start))
    }

    /// `Description : StringValue`, when one comes next.
    mutating func parseDescription() throws(SyntaxError) -> StringValue? {
        peekDescription() ? try parseStringLiteral() : nil
    }

    /// Whether a string comes next, which before a definition is its description.
    func peekDescription() -> Bool {
        peek(.string) || peek(.blockString)
    }
}
