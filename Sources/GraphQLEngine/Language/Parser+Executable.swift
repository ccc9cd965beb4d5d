// Documents, operations, selections and fragments (spec §2.2–2.8).

extension Parser {
    /// `Document : Definition+`
    mutating func parseDocument() throws(SyntaxError) -> Document {
        let definitions = try many(.startOfFile, { parser throws(SyntaxError) in try parser.parseDefinition() }, .endOfFile)
        return Document(definitions: definitions, loc: location(from: 0))
    }

    /// `Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension`
    ///
    /// Descriptions may precede operations, fragments and type-system definitions (2025 spec), but
    /// not the `{ … }` shorthand or an extension; the keyword after a description needs one token of lookahead.
    mutating func parseDefinition() throws(SyntaxError) -> Definition {
        if peek(.braceLeft) { return .operation(try parseOperationDefinition()) }
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lookahead() : token
        if hasDescription && keyword.kind == .braceLeft {
            throw SyntaxError(
                "Unexpected description, descriptions are not supported on shorthand queries.", at: token.start)
        }
        if keyword.kind == .name {
            // Keywords compared in place: making a `String` of every definition's keyword costs more.
            if isKeyword(keyword, "query") || isKeyword(keyword, "mutation") || isKeyword(keyword, "subscription") {
                return .operation(try parseOperationDefinition())
            }
            if isKeyword(keyword, "fragment") { return .fragment(try parseFragmentDefinition()) }
            if isKeyword(keyword, "schema") { return .schema(try parseSchemaDefinition()) }
            if isKeyword(keyword, "scalar") { return .type(.scalar(try parseScalarTypeDefinition())) }
            if isKeyword(keyword, "type") { return .type(.object(try parseObjectTypeDefinition())) }
            if isKeyword(keyword, "interface") { return .type(.interface(try parseInterfaceTypeDefinition())) }
            if isKeyword(keyword, "union") { return .type(.union(try parseUnionTypeDefinition())) }
            if isKeyword(keyword, "enum") { return .type(.enumType(try parseEnumTypeDefinition())) }
            if isKeyword(keyword, "input") { return .type(.inputObject(try parseInputObjectTypeDefinition())) }
            if isKeyword(keyword, "directive") { return .directive(try parseDirectiveDefinition()) }
            if hasDescription {
                throw SyntaxError(
                    "Unexpected description, only GraphQL definitions support descriptions.", at: token.start)
            }
            if isKeyword(keyword, "extend") { return try parseTypeSystemExtension() }
        }
        throw unexpected(keyword)
    }

    /// `OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet`
    mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let start = token.start
        if peek(.braceLeft) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(
                operation: .query, name: nil, variableDefinitions: [], directives: [], selectionSet: selectionSet,
                loc: location(from: start))
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variableDefinitions = try optionalMany(
            .parenLeft, { parser throws(SyntaxError) in try parser.parseVariableDefinition() }, .parenRight)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            description: description, operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet, loc: location(from: start))
    }

    /// `OperationType : one of query mutation subscription`
    mutating func parseOperationType() throws(SyntaxError) -> OperationType {
        let operationToken = try expect(.name)
        if isKeyword(operationToken, "query") { return .query }
        if isKeyword(operationToken, "mutation") { return .mutation }
        if isKeyword(operationToken, "subscription") { return .subscription }
        throw unexpected(operationToken)
    }

    /// `VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?`
    mutating func parseVariableDefinition() throws(SyntaxError) -> VariableDefinition {
        let start = token.start
        let description = try parseDescription()
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            description: description, variable: variable, type: type, defaultValue: defaultValue,
            directives: directives, loc: location(from: start))
    }

    /// `Variable : $ Name`
    mutating func parseVariable() throws(SyntaxError) -> Variable {
        let start = token.start
        try expect(.dollar)
        let name = try parseName()
        return Variable(name: name, loc: location(from: start))
    }

    /// `SelectionSet : { Selection+ }`
    mutating func parseSelectionSet() throws(SyntaxError) -> SelectionSet {
        let start = token.start
        try enterNesting()
        let selections = try many(.braceLeft, { parser throws(SyntaxError) in try parser.parseSelection() }, .braceRight)
        leaveNesting()
        return SelectionSet(selections: selections, loc: location(from: start))
    }

    /// `Selection : Field | FragmentSpread | InlineFragment`
    mutating func parseSelection() throws(SyntaxError) -> Selection {
        peek(.spread) ? try parseFragment() : try parseField()
    }

    /// `Field : Alias? Name Arguments? Directives? SelectionSet?` where `Alias : Name :`
    mutating func parseField() throws(SyntaxError) -> Selection {
        let start = token.start
        let nameOrAlias = try parseName()
        guard try expectOptional(.colon) else { return try parseField(from: start, alias: nil, name: nameOrAlias) }
        return try parseField(from: start, alias: nameOrAlias, name: try parseName())
    }

    /// The rest of a field once its alias and name are read: `Arguments? Directives? SelectionSet?`.
    private mutating func parseField(
        from start: Int, alias: consuming Name?, name: consuming Name
    ) throws(SyntaxError) -> Selection {
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = peek(.braceLeft) ? try parseSelectionSet() : nil
        return .field(
            Field(
                alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet,
                loc: location(from: start)))
    }

    /// `FragmentSpread : ... FragmentName Directives?` or `InlineFragment : ... TypeCondition? Directives? SelectionSet`
    mutating func parseFragment() throws(SyntaxError) -> Selection {
        let start = token.start
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            return .fragmentSpread(FragmentSpread(name: name, directives: directives, loc: location(from: start)))
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(
            InlineFragment(
                typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
                loc: location(from: start)))
    }

    /// `FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet`
    /// where `TypeCondition : on NamedType`
    mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            description: description, name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet, loc: location(from: start))
    }

    /// `FragmentName : Name but not on`
    mutating func parseFragmentName() throws(SyntaxError) -> Name {
        if isKeyword(token, "on") { throw unexpected() }
        return try parseName()
    }

    /// `Name` as a node.
    mutating func parseName() throws(SyntaxError) -> Name {
        let nameToken = try expect(.name)
        return Name(text(of: nameToken), loc: location(from: nameToken.start))
    }
}
