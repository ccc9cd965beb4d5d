import Testing

@testable import GraphQLEngine

@Suite("SchemaParser")
struct SchemaParserTests {
    /// The only definition of `text`.
    private func definition(_ text: String) throws -> Definition {
        let document = try parse(text)
        #expect(document.definitions.count == 1)
        return try #require(document.definitions.first)
    }

    @Test("object types with descriptions, interfaces, arguments, defaults and directives")
    func objectType() throws {
        let text = """
            \"\"\"
            A tutor.
            \"\"\"
            type Tutor implements Node & Person @key(fields: "id") {
              "The id."
              id: ID!
              reviews(first: Int = 10, "Newest first." order: Order = NEWEST @deprecated): [Review!]! @cost(weight: 2)
            }
            """
        guard case .type(.object(let tutor)) = try definition(text) else { Issue.record("an object type"); return }
        #expect(tutor.description?.value == "A tutor." && tutor.description?.block == true)
        #expect(tutor.name.value == "Tutor")
        #expect(tutor.interfaces.map(\.name.value) == ["Node", "Person"])
        #expect(tutor.directives.map(\.name.value) == ["key"])
        #expect(tutor.fields.map(\.name.value) == ["id", "reviews"])
        #expect(tutor.fields[0].description?.value == "The id." && tutor.fields[0].description?.block == false)
        let reviews = tutor.fields[1]
        #expect(reviews.arguments.map(\.name.value) == ["first", "order"])
        #expect(reviews.arguments[1].description?.value == "Newest first.")
        #expect(reviews.arguments[1].directives.map(\.name.value) == ["deprecated"])
        if case .enumValue("NEWEST", _) = reviews.arguments[1].defaultValue {} else { Issue.record("default NEWEST") }
        #expect(reviews.type.namedType.name.value == "Review")
        #expect(reviews.directives.map(\.name.value) == ["cost"])
    }

    @Test("interfaces implementing interfaces, with or without a leading &")
    func interfaces() throws {
        guard case .type(.interface(let node)) = try definition("interface Resource implements & Node & Timestamped { id: ID! }") else {
            Issue.record("an interface"); return
        }
        #expect(node.name.value == "Resource" && node.interfaces.map(\.name.value) == ["Node", "Timestamped"])
        guard case .type(.object(let bare)) = try definition("type Marker") else { Issue.record("a type"); return }
        #expect(bare.fields.isEmpty && bare.interfaces.isEmpty)
    }

    @Test("scalars, unions, enums, inputs and @oneOf")
    func otherTypes() throws {
        guard case .type(.scalar(let scalar)) = try definition(#"scalar DateTime @specifiedBy(url: "https://example.com")"#) else {
            Issue.record("a scalar"); return
        }
        #expect(scalar.name.value == "DateTime" && scalar.directives.count == 1)
        guard case .type(.union(let union)) = try definition("union SearchResult = | Tutor | Subject") else {
            Issue.record("a union"); return
        }
        #expect(union.types.map(\.name.value) == ["Tutor", "Subject"])
        guard case .type(.union(let empty)) = try definition("union Nothing @tag") else { Issue.record("a union"); return }
        #expect(empty.types.isEmpty)
        guard case .type(.enumType(let order)) = try definition("enum Order { \"Newest first\" NEWEST OLDEST @deprecated(reason: \"old\") }") else {
            Issue.record("an enum"); return
        }
        #expect(order.values.map(\.name.value) == ["NEWEST", "OLDEST"])
        #expect(order.values[0].description?.value == "Newest first" && order.values[1].directives.count == 1)
        guard case .type(.inputObject(let input)) = try definition("input TutorBy @oneOf { id: ID email: String = \"a@b.c\" }") else {
            Issue.record("an input"); return
        }
        #expect(input.directives.map(\.name.value) == ["oneOf"] && input.fields.map(\.name.value) == ["id", "email"])
    }

    @Test("schema and directive definitions")
    func schemaAndDirectives() throws {
        guard case .schema(let schema) = try definition("\"The API.\" schema @live { query: Query mutation: Mutation subscription: Feed }") else {
            Issue.record("a schema"); return
        }
        #expect(schema.description?.value == "The API." && schema.directives.count == 1)
        #expect(schema.operationTypes.map(\.operation) == [.query, .mutation, .subscription])
        #expect(schema.operationTypes.map(\.type.name.value) == ["Query", "Mutation", "Feed"])
        guard case .directive(let directive) = try definition("\"Caches.\" directive @cache(ttl: Int = 60) repeatable on | FIELD | QUERY") else {
            Issue.record("a directive"); return
        }
        #expect(directive.description?.value == "Caches." && directive.name.value == "cache")
        #expect(directive.isRepeatable && directive.arguments.map(\.name.value) == ["ttl"])
        #expect(directive.locations.map(\.value) == ["FIELD", "QUERY"])
        guard case .directive(let single) = try definition("directive @key on OBJECT") else { Issue.record("a directive"); return }
        #expect(!single.isRepeatable)
    }

    @Test("every extension form")
    func extensions() throws {
        let document = try parse(
            """
            extend schema @live { subscription: Feed }
            extend schema @audit
            extend scalar DateTime @specifiedBy(url: "u")
            extend type Tutor implements Searchable @key { rating: Float }
            extend type Tutor @tag
            extend interface Node implements Entity
            extend union SearchResult = Review
            extend enum Order { RATING }
            extend input TutorBy @tag { slug: String }
            """)
        #expect(document.definitions.count == 9)
        guard case .schemaExtension(let schema) = document.definitions[0],
            case .schemaExtension(let directivesOnly) = document.definitions[1],
            case .typeExtension(.scalar(let scalar)) = document.definitions[2],
            case .typeExtension(.object(let object)) = document.definitions[3],
            case .typeExtension(.object(let tagged)) = document.definitions[4],
            case .typeExtension(.interface(let interface)) = document.definitions[5],
            case .typeExtension(.union(let union)) = document.definitions[6],
            case .typeExtension(.enumType(let enumType)) = document.definitions[7],
            case .typeExtension(.inputObject(let input)) = document.definitions[8]
        else { Issue.record("unexpected definitions"); return }
        #expect(schema.operationTypes.map(\.type.name.value) == ["Feed"] && directivesOnly.operationTypes.isEmpty)
        #expect(scalar.name.value == "DateTime" && scalar.description == nil)
        #expect(object.interfaces.map(\.name.value) == ["Searchable"] && object.fields.map(\.name.value) == ["rating"])
        #expect(tagged.fields.isEmpty && tagged.directives.count == 1)
        #expect(interface.interfaces.map(\.name.value) == ["Entity"])
        #expect(union.types.map(\.name.value) == ["Review"])
        #expect(enumType.values.map(\.name.value) == ["RATING"])
        #expect(input.fields.map(\.name.value) == ["slug"])
    }

    @Test("type-system syntax errors")
    func syntaxErrors() {
        let cases: [(String, String, Int, Int)] = [
            ("type Hello {}", "Expected Name, found \"}\".", 1, 13),
            ("type Hello { world }", "Expected \":\", found \"}\".", 1, 20),
            ("type Hello implements World & { field: String }", "Expected Name, found \"{\".", 1, 31),
            ("type Hello implements Wo rld { field: String }", "Unexpected Name \"rld\".", 1, 26),
            ("input Hello { world(foo: Int): String }", "Expected \":\", found \"(\".", 1, 20),
            ("type Hello { world(foo: Int = $x): String }", "Unexpected variable \"$x\" in constant value.", 1, 31),
            ("type Hello @key(id: $id)", "Unexpected variable \"$id\" in constant value.", 1, 21),
            ("union Hello = || Wo | Rld", "Expected Name, found \"|\".", 1, 16),
            ("union Hello = | Wo | Rld |", "Expected Name, found <EOF>.", 1, 27),
            ("enum Hello { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 14),
            ("enum Hello { false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 14),
            ("enum Hello { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 14),
            ("enum Hello {}", "Expected Name, found \"}\".", 1, 13),
            ("directive @foo on FIELD | INCORRECT_LOCATION", "Unexpected Name \"INCORRECT_LOCATION\".", 1, 27),
            ("directive @foo(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 24),
            ("directive foo on FIELD", "Expected \"@\", found Name \"foo\".", 1, 11),
            ("schema { foo: Query }", "Unexpected Name \"foo\".", 1, 10),
            ("schema {}", "Expected Name, found \"}\".", 1, 9),
            ("extend schema", "Unexpected <EOF>.", 1, 14),
            ("extend schema {}", "Expected Name, found \"}\".", 1, 16),
            ("extend scalar Hello", "Unexpected <EOF>.", 1, 20),
            ("extend type Hello", "Unexpected <EOF>.", 1, 18),
            ("extend interface Hello", "Unexpected <EOF>.", 1, 23),
            ("extend union Hello", "Unexpected <EOF>.", 1, 19),
            ("extend enum Hello", "Unexpected <EOF>.", 1, 18),
            ("extend input Hello", "Unexpected <EOF>.", 1, 19),
            ("extend Hello { world: String }", "Unexpected Name \"Hello\".", 1, 8),
            ("extend \"x\" type Hello", "Unexpected String \"x\".", 1, 8),
            ("\"Description\" extend type Hello { world: String }",
             "Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
            ("\"Description\" \"Another\" type Hello { world: String }", "Unexpected String \"Another\".", 1, 15),
        ]
        for (text, message, line, column) in cases {
            expectParseError(text, "Syntax Error: " + message, line: line, column: column)
        }
    }
}
