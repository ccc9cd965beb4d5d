import Foundation
import Testing

@testable import GraphQLEngine

@Suite("Types: building schemas from SDL")
struct TypesBuildSchemaTests {
    @Test func buildsEveryKindWithDescriptionsInDefinitionOrder() throws {
        let schema = try buildSchema(
            """
            "A thing with an ID."
            interface Node { id: ID! }
            type Query { node(id: ID!): Node, search(text: String = "all"): [Result!]! }
            type Tutor implements Node { id: ID!, name: String @deprecated }
            type Subject implements Node { id: ID!, title(locale: Locale = EN): String @deprecated(reason: "Use label.") }
            union Result = Tutor | Subject
            enum Locale { EN, DE @deprecated(reason: "Gone.") }
            input Range { from: Int = 0, to: Int }
            scalar Cursor @specifiedBy(url: "https://example.com/cursor")
            """)
        #expect(
            schema.typeNames == [
                "Node", "ID", "Query", "String", "Tutor", "Subject", "Result", "Locale", "Range", "Int", "Cursor",
                "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
                "__DirectiveLocation",
            ])
        #expect(schema.namedType("Node")?.description == "A thing with an ID.")
        guard case .object(let subject)? = schema.namedType("Subject"), case .object(let tutor)? = schema.namedType("Tutor"),
            case .enumType(let locale)? = schema.namedType("Locale"), case .inputObject(let range)? = schema.namedType("Range"),
            case .scalar(let cursor)? = schema.namedType("Cursor")
        else {
            Issue.record("kinds")
            return
        }
        #expect(tutor.fields["name"]?.deprecationReason == "No longer supported")
        #expect(subject.fields["title"]?.deprecationReason == "Use label.")
        #expect(subject.fields["title"]?.argument(named: "locale")?.defaultValue == .string("EN"))
        #expect(locale.values.map(\.deprecationReason) == [nil, "Gone."])
        #expect(range.field(named: "from")?.defaultValue == .int(0))
        #expect(cursor.specifiedByURL == "https://example.com/cursor")
        #expect(schema.possibleTypes(of: "Result").map(\.name) == ["Tutor", "Subject"])
        #expect(schema.possibleTypes(of: "Node").map(\.name) == ["Tutor", "Subject"])
        #expect(schema.directives.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
        #expect(schema.mutationType == nil)
    }

    @Test func appliesEveryExtensionForm() throws {
        let schema = try buildSchema(
            """
            schema { query: Root }
            type Root { a: Int }
            extend type Root implements Named { name: String }
            interface Named { name: String }
            extend interface Named @tag
            type Mut { go: Boolean }
            extend schema { mutation: Mut }
            union U = Root
            extend union U = Mut
            enum E { A }
            extend enum E { B }
            input I { x: Int }
            extend input I @oneOf { y: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com/s")
            directive @tag on INTERFACE
            """)
        #expect(schema.queryType.name == "Root")
        #expect(schema.queryType.fields.map(\.name) == ["a", "name"])
        #expect(schema.queryType.interfaces == ["Named"])
        #expect(schema.mutationType?.name == "Mut")
        guard case .union(let union)? = schema.namedType("U"), case .enumType(let enumType)? = schema.namedType("E"),
            case .inputObject(let input)? = schema.namedType("I"), case .scalar(let scalar)? = schema.namedType("S")
        else {
            Issue.record("kinds")
            return
        }
        #expect(union.types == ["Root", "Mut"])
        #expect(enumType.values.map(\.name) == ["A", "B"])
        #expect(input.fields.map(\.name) == ["x", "y"])
        #expect(input.isOneOf)
        #expect(scalar.specifiedByURL == "https://example.com/s")
        #expect(schema.directives.first?.name == "tag")
    }

    @Test func defaultRootNamesAndSchemaDescription() throws {
        let schema = try buildSchema(
            """
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """)
        #expect(schema.mutationType?.name == "Mutation")
        #expect(schema.subscriptionType?.name == "Subscription")
        let described = try buildSchema("\"The API.\" schema { query: Q } type Q { a: Int }")
        #expect(described.description == "The API.")
        #expect(described.queryType.name == "Q")
    }

    @Test func coercesNestedInputDefaults() throws {
        let schema = try buildSchema(
            """
            type Query { list(filter: Filter = {}, ids: [ID!] = 1): Int }
            input Filter { page: Page = {}, tags: [String] = "one" }
            input Page { size: Int = 20, after: String }
            """)
        let list = schema.queryType.fields["list"]
        #expect(list?.argument(named: "ids")?.defaultValue == .list([.string("1")]))
        #expect(
            list?.argument(named: "filter")?.defaultValue
                == .object(["page": .object(["size": .int(20)]), "tags": .list([.string("one")])]))
    }

    @Test func bindsResolversTypeResolversAndScalarHooks() throws {
        let resolvers = ResolverMap(
            fields: ["Query": ["a": { _, _, _ in .value(1) }]],
            typeResolvers: ["Node": { _, _ in "Query" }],
            scalars: ["DateTime": CustomScalars.dateTime])
        let schema = try buildSchema(
            "type Query { a: Int, b: Int } interface Node { a: Int } scalar DateTime scalar Free",
            resolvers: resolvers)
        #expect(schema.queryType.fields["a"]?.resolve != nil)
        #expect(schema.queryType.fields["b"]?.resolve == nil)
        guard case .interface(let node)? = schema.namedType("Node"), case .scalar(let dateTime)? = schema.namedType("DateTime"),
            case .scalar(let free)? = schema.namedType("Free")
        else {
            Issue.record("kinds")
            return
        }
        #expect(node.resolveType != nil)
        #expect(try dateTime.coercion.parseValue(.string("2026-11-24T21:00:00+01:00")) == .string("2026-11-24T20:00:00Z"))
        #expect(try free.coercion.parseValue(.object(["any": .bool(true)])) == .object(["any": .bool(true)]))
        #expect(unresolvedFields(in: schema, ignoring: []) == ["Query.b"])
        #expect(unresolvedFields(in: schema, ignoring: ["Query.b"]).isEmpty)
        #expect(unresolvedFields(in: schema, ignoring: ["Query"]).isEmpty)
    }

    @Test func redefiningBuiltInScalarsKeepsTheBuiltInCoercion() throws {
        let schema = try buildSchema("scalar String type Query { a: String }")
        guard case .scalar(let string)? = schema.namedType("String") else {
            Issue.record("kind")
            return
        }
        #expect(string === BuiltInScalars.string)
    }

    @Test func buildsTheTutorGraphSchema() throws {
        let schema = try buildSchema(try String(contentsOfFile: schemaFilePath, encoding: .utf8))
        #expect(schema.queryType.name == "Query")
        #expect(schema.mutationType?.name == "Mutation")
        #expect(schema.namedType("DateTime") != nil)
    }

    @Test func syntaxErrorsBecomeSchemaErrors() {
        #expect {
            _ = try buildSchema("type Query {")
        } throws: { error in
            guard let error = error as? SchemaError else { return false }
            return error.problems == [
                SchemaError.Problem(message: "Syntax Error: Expected Name, found <EOF>.", locations: [SourcePosition(line: 1, column: 13)])
            ]
        }
    }
}

/// The repository's `schema.graphql`, found from this file's real path.
let schemaFilePath: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("schema.graphql").path
