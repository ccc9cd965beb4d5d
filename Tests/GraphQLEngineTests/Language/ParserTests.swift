import Testing

@testable import GraphQLEngine

@Suite("Parser")
struct ParserTests {
    @Test("syntax errors read as graphql-js words them, with one location")
    func syntaxErrors() {
        let cases: [(String, String, Int, Int)] = [
            ("", "Unexpected <EOF>.", 1, 1),
            ("{", "Expected Name, found <EOF>.", 1, 2),
            ("{ field: {} }", "Expected Name, found \"{\".", 1, 10),
            ("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20),
            ("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1),
            ("...", "Unexpected \"...\".", 1, 1),
            ("{ \"\"", "Expected Name, found String \"\".", 1, 3),
            ("{ f(a: 1 }", "Expected Name, found \"}\".", 1, 10),
            ("{ f(a 1) }", "Expected \":\", found Int \"1\".", 1, 7),
            ("{ f(a: ) }", "Unexpected \")\".", 1, 8),
            ("{ f(a: $) }", "Expected Name, found \")\".", 1, 9),
            ("query Q() { a }", "Expected \"$\", found \")\".", 1, 9),
            ("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11),
            ("{ a } }", "Unexpected \"}\".", 1, 7),
            ("{ a(x: \"\"\"block\"\"\" 1) }", "Expected Name, found Int \"1\".", 1, 20),
            ("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }",
             "Unexpected variable \"$var\" in constant value.", 1, 37),
            ("query Foo($x: Int = $) { field }", "Unexpected \"$\".", 1, 21),
            ("query Foo($x: Int @dir(a: $y)) { field }", "Unexpected variable \"$y\" in constant value.", 1, 27),
            ("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10),
            ("{ ...on }", "Expected Name, found \"}\".", 1, 9),
            ("query Q @ { a }", "Expected Name, found \"{\".", 1, 11),
            ("fragment F on T { a } extra", "Unexpected Name \"extra\".", 1, 23),
            ("\"described\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1),
            ("\"described\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
            ("\"described\" notAKeyword", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
            ("notAKeyword", "Unexpected Name \"notAKeyword\".", 1, 1),
            ("query Q { a(x: [1, 2) }", "Unexpected \")\".", 1, 21),
            ("{ a(x: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11),
        ]
        for (text, message, line, column) in cases {
            expectParseError(text, "Syntax Error: " + message, line: line, column: column)
        }
    }

    @Test("a field with alias, arguments of every value kind, directives and a selection set")
    func fieldStructure() throws {
        let document = try parse(
            #"{ alias: field(int: -1, float: 2.5e3, string: "s", block: """b""", yes: true, no: false, nothing: null, "#
                + #"enumValue: RED, list: [1, [2]], object: {a: {b: $v}}, variable: $v) @skip(if: $v) { id } }"#)
        guard case .operation(let operation) = try #require(document.definitions.first),
            case .field(let field) = try #require(operation.selectionSet.selections.first)
        else { Issue.record("expected an operation with a field"); return }
        #expect(operation.operation == .query && operation.name == nil)
        #expect(field.alias?.value == "alias" && field.name.value == "field" && field.responseKey == "alias")
        let values = field.arguments.map(\.value)
        guard values.count == 11 else { Issue.record("expected 11 arguments"); return }
        if case .int(let text, _) = values[0] { #expect(text == "-1") } else { Issue.record("int") }
        if case .float(let text, _) = values[1] { #expect(text == "2.5e3") } else { Issue.record("float") }
        if case .string(let string) = values[2] { #expect(string.value == "s" && !string.block) } else { Issue.record("string") }
        if case .string(let string) = values[3] { #expect(string.value == "b" && string.block) } else { Issue.record("block") }
        if case .boolean(true, _) = values[4] {} else { Issue.record("true") }
        if case .boolean(false, _) = values[5] {} else { Issue.record("false") }
        if case .null = values[6] {} else { Issue.record("null") }
        if case .enumValue("RED", _) = values[7] {} else { Issue.record("enum") }
        if case .list(let items, _) = values[8] { #expect(items.count == 2) } else { Issue.record("list") }
        if case .object(let fields, _) = values[9] { #expect(fields.map(\.name.value) == ["a"]) } else { Issue.record("object") }
        if case .variable(let variable) = values[10] { #expect(variable.name.value == "v") } else { Issue.record("variable") }
        #expect(field.directives.map(\.name.value) == ["skip"])
        #expect(field.selectionSet?.selections.count == 1)
    }

    @Test("every node knows the byte range of its source text")
    func locations() throws {
        let text = "{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n"
        let document = try parse(text)
        let bytes = Array(text.utf8)
        func spelling(_ location: Location) -> String { String(decoding: bytes[location.start..<location.end], as: UTF8.self) }
        #expect(document.loc == Location(start: 0, end: 41))
        guard case .operation(let operation) = document.definitions[0],
            case .field(let node) = operation.selectionSet.selections[0]
        else { Issue.record("expected a field"); return }
        #expect(spelling(operation.loc) == "{\n  node(id: 4) {\n    id,\n    name\n  }\n}")
        #expect(spelling(node.loc) == "node(id: 4) {\n    id,\n    name\n  }")
        #expect(spelling(node.arguments[0].loc) == "id: 4")
        #expect(spelling(node.arguments[0].value.loc) == "4")
        #expect(node.selectionSet?.selections.map { spelling($0.loc) } == ["id", "name"])
    }

    @Test("operations, variables with defaults and directives, fragments and spreads")
    func definitions() throws {
        let document = try parse(
            """
            "Finds a tutor." query Find("The id." $id: ID! = "1" @deprecated, $tags: [String!] = ["a"]) @live { tutor(id: $id) { ...Card ... on Tutor { rate } ... @include(if: true) { bio } } }
            mutation Book { book }
            subscription Watch { changed }
            \"\"\"A card.\"\"\" fragment Card on Tutor @lazy { name }
            """)
        #expect(document.definitions.count == 4)
        guard case .operation(let find) = document.definitions[0], case .fragment(let card) = document.definitions[3],
            case .operation(let book) = document.definitions[1], case .operation(let watch) = document.definitions[2]
        else { Issue.record("unexpected definitions"); return }
        #expect(find.description?.value == "Finds a tutor." && find.name?.value == "Find")
        #expect(find.variableDefinitions.map(\.variable.name.value) == ["id", "tags"])
        #expect(find.variableDefinitions[0].description?.value == "The id.")
        #expect(find.variableDefinitions[0].type == .nonNull(.named(NamedTypeNode(name: Name("ID", loc: find.variableDefinitions[0].type.namedType.name.loc), loc: find.variableDefinitions[0].type.namedType.loc)), find.variableDefinitions[0].type.loc))
        #expect(find.variableDefinitions[0].directives.map(\.name.value) == ["deprecated"])
        #expect(find.directives.map(\.name.value) == ["live"])
        #expect(book.operation == .mutation && watch.operation == .subscription)
        #expect(card.description?.block == true && card.name.value == "Card" && card.typeCondition.name.value == "Tutor")
        guard case .field(let tutor) = find.selectionSet.selections[0], let selections = tutor.selectionSet?.selections,
            case .fragmentSpread(let spread) = selections[0], case .inlineFragment(let typed) = selections[1],
            case .inlineFragment(let untyped) = selections[2]
        else { Issue.record("unexpected selections"); return }
        #expect(spread.name.value == "Card")
        #expect(typed.typeCondition?.name.value == "Tutor")
        #expect(untyped.typeCondition == nil && untyped.directives.map(\.name.value) == ["include"])
    }

    @Test("keywords are ordinary names wherever a name is expected")
    func keywordsAsNames() throws {
        let document = try parse("query query { fragment: query mutation subscription on extend type true false null }")
        guard case .operation(let operation) = document.definitions[0] else { Issue.record("operation"); return }
        #expect(operation.name?.value == "query")
        #expect(operation.selectionSet.selections.count == 9)
        let spread = try parse("{ ... onTutor, ...on On { a } }")
        guard case .operation(let spreads) = spread.definitions[0] else { Issue.record("operation"); return }
        if case .fragmentSpread(let named) = spreads.selectionSet.selections[0] { #expect(named.name.value == "onTutor") }
        else { Issue.record("a spread of the fragment onTutor") }
        if case .inlineFragment(let inline) = spreads.selectionSet.selections[1] {
            #expect(inline.typeCondition?.name.value == "On")
        } else {
            Issue.record("an inline fragment")
        }
    }

    @Test("parseValue, parseConstValue and parseType parse lone values and types")
    func loneValuesAndTypes() throws {
        guard case .list(let items, let loc) = try parseValue(#"[123 "abc" """block""" $x]"#) else {
            Issue.record("expected a list"); return
        }
        #expect(items.count == 4 && loc == Location(start: 0, end: 26))
        if case .variable = items[3] {} else { Issue.record("a variable") }
        #expect(try parseType("[String!]!").namedType.name.value == "String")
        let type = try parseType("[String!]!")
        guard case .nonNull(let list, _) = type.shape, case .list(let item, _) = list.shape,
            case .nonNull(let core, _) = item.shape, case .named(let named) = core.shape
        else {
            Issue.record("expected [String!]!"); return
        }
        #expect(named.name.value == "String" && named.loc == Location(start: 1, end: 7))
        expectSyntaxError("Syntax Error: Unexpected variable \"$x\" in constant value.", line: 1, column: 6) {
            () throws(GraphQLError) in _ = try parseConstValue("{ a: $x }")
        }
        expectSyntaxError("Syntax Error: Expected <EOF>, found Int \"2\".", line: 1, column: 3) {
            () throws(GraphQLError) in _ = try parseValue("1 2")
        }
        expectSyntaxError("Syntax Error: Expected \"]\", found <EOF>.", line: 1, column: 5) {
            () throws(GraphQLError) in _ = try parseType("[Int")
        }
    }

    @Test("a named Source is parsed the same as its text")
    func namedSource() throws {
        let source = Source("{ a }", name: "Tutor.graphql")
        #expect(source.name == "Tutor.graphql" && source.body == "{ a }")
        #expect(try parse(source) == parse("{ a }"))
    }
}
