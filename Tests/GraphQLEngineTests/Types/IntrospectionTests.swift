import Testing

@testable import GraphQLEngine

/// graphql-js's `getIntrospectionQuery` with every option on (descriptions, specifiedByURL, repeatable
/// directives, schema description, deprecated input values, oneOf), as GraphiQL and code generators send it.
let standardIntrospectionQuery = """
    query IntrospectionQuery {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types { ...FullType }
        directives {
          name
          description
          isRepeatable
          locations
          args(includeDeprecated: true) { ...InputValue }
        }
      }
    }
    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      isOneOf
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) { ...InputValue }
        type { ...TypeRef }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) { ...InputValue }
      interfaces { ...TypeRef }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ...TypeRef }
    }
    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      isDeprecated
      deprecationReason
    }
    fragment TypeRef on __Type {
      kind
      name
      ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
    }
    """

private let sampleSchema = try! buildSchema(
    """
    "The sample API."
    schema { query: Query }
    type Query {
      "Finds tutors."
      tutors(first: Int = 10, filter: Filter, legacy: Boolean @deprecated(reason: "Unused.")): [Tutor!]!
      node(id: ID!): Node
      old: String @deprecated
    }
    interface Node { id: ID! }
    type Tutor implements Node { id: ID!, kind: Kind }
    enum Kind { ONLINE, OFFLINE @deprecated(reason: "Gone.") }
    input Filter @oneOf { text: String, kind: Kind }
    input Range { from: Int = 1, to: Int @deprecated }
    scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")
    type Extra { at: DateTime, range(r: Range = {from: 2}): Int }
    directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION
    """)

/// Runs a query against the sample schema and returns `data`, failing on errors.
private func run(_ query: String) async throws -> Value {
    let result = await execute(schema: sampleSchema, request: ExecutionRequest(document: try parse(query)))
    #expect(result.errors.isEmpty, "\(result.errors)")
    return try #require(result.data)
}

/// The `__Type` entry named `name` in a full introspection result.
private func introspectedType(_ data: Value, _ name: String) -> Value? {
    data["__schema"]?["types"]?.listValue?.first { $0["name"] == .string(name) }
}

@Suite("Types: introspection")
struct TypesIntrospectionTests {
    @Test func everySchemaHasTheIntrospectionTypesWithResolvers() {
        for name in ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"] {
            #expect(sampleSchema.namedType(name) != nil, "\(name)")
        }
        for case .object(let type) in Introspection.orderedTypes {
            #expect(type.fields.allSatisfy { $0.resolve != nil }, "\(type.name)")
        }
        #expect(Introspection.schemaField.type == .nonNull(.named("__Schema")))
        #expect(Introspection.typeField.arguments.map(\.type) == [.nonNull(.named("String"))])
        #expect(Introspection.typeNameField.type == .nonNull(.named("String")))
        guard case .object(let type)? = sampleSchema.namedType("__Type") else {
            Issue.record("__Type")
            return
        }
        #expect(
            type.fields.map(\.name) == [
                "kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues",
                "inputFields", "ofType", "isOneOf",
            ])
    }

    @Test func standardIntrospectionQueryDescribesTheSchema() async throws {
        let data = try await run(standardIntrospectionQuery)
        let schema = try #require(data["__schema"])
        #expect(schema["description"] == .string("The sample API."))
        #expect(schema["queryType"] == .object(["name": .string("Query"), "kind": .string("OBJECT")]))
        #expect(schema["mutationType"] == .null)
        #expect(
            schema["types"]?.listValue?.compactMap { $0["name"]?.stringValue } == [
                "Query", "Int", "Boolean", "ID", "String", "Node", "Tutor", "Kind", "Filter", "Range", "DateTime", "Extra",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
                "__DirectiveLocation",
            ])
        #expect(
            schema["directives"]?.listValue?.compactMap { $0["name"]?.stringValue } == [
                "cached", "include", "skip", "deprecated", "specifiedBy", "oneOf",
            ])
        let cached = schema["directives"]?.listValue?.first
        #expect(cached?["isRepeatable"] == .bool(true))
        #expect(cached?["locations"] == .list([.string("FIELD_DEFINITION")]))
        #expect(cached?["args"]?.listValue?.first?["defaultValue"] == .string("60"))
    }

    @Test func fieldsArgumentsAndDeprecation() async throws {
        let data = try await run(standardIntrospectionQuery)
        let query = try #require(introspectedType(data, "Query"))
        let tutors = try #require(query["fields"]?.listValue?.first)
        #expect(tutors["description"] == .string("Finds tutors."))
        #expect(
            tutors["type"]
                == .object([
                    "kind": .string("NON_NULL"), "name": .null,
                    "ofType": .object([
                        "kind": .string("LIST"), "name": .null,
                        "ofType": .object([
                            "kind": .string("NON_NULL"), "name": .null,
                            "ofType": .object(["kind": .string("OBJECT"), "name": .string("Tutor"), "ofType": .null]),
                        ]),
                    ]),
                ]))
        let arguments = try #require(tutors["args"]?.listValue)
        #expect(arguments.map { $0["name"] } == [.string("first"), .string("filter"), .string("legacy")])
        #expect(arguments[0]["defaultValue"] == .string("10"))
        #expect(arguments[1]["defaultValue"] == .null)
        #expect(arguments[2]["isDeprecated"] == .bool(true))
        #expect(arguments[2]["deprecationReason"] == .string("Unused."))
        let old = query["fields"]?.listValue?.last
        #expect(old?["deprecationReason"] == .string("No longer supported"))
        #expect(query["interfaces"] == .list([]))
        #expect(query["inputFields"] == .null)
        #expect(query["isOneOf"] == .null)
    }

    @Test func kindsSpecificFields() async throws {
        let data = try await run(standardIntrospectionQuery)
        let node = try #require(introspectedType(data, "Node"))
        #expect(node["kind"] == .string("INTERFACE"))
        #expect(node["possibleTypes"]?.listValue?.map { $0["name"] } == [.string("Tutor")])
        let kind = try #require(introspectedType(data, "Kind"))
        #expect(kind["enumValues"]?.listValue?.map { $0["isDeprecated"] } == [.bool(false), .bool(true)])
        let filter = try #require(introspectedType(data, "Filter"))
        #expect(filter["isOneOf"] == .bool(true))
        let range = try #require(introspectedType(data, "Range"))
        #expect(range["inputFields"]?.listValue?.map { $0["defaultValue"] } == [.string("1"), .null])
        #expect(range["inputFields"]?.listValue?.last?["isDeprecated"] == .bool(true))
        let extra = try #require(introspectedType(data, "Extra"))
        #expect(extra["fields"]?.listValue?.last?["args"]?.listValue?.first?["defaultValue"] == .string("{from: 2}"))
        let dateTime = try #require(introspectedType(data, "DateTime"))
        #expect(dateTime["specifiedByURL"] == .string("https://scalars.graphql.org/chillicream/date-time.html"))
        #expect(introspectedType(data, "Int")?["specifiedByURL"] == .null)
    }

    @Test func includeDeprecatedDefaultsToFalse() async throws {
        let data = try await run(
            """
            { __type(name: "Query") { fields { name args { name } } }
              kind: __type(name: "Kind") { enumValues { name } }
              range: __type(name: "Range") { inputFields { name } } }
            """)
        #expect(
            data["__type"]?["fields"]
                == .list([
                    .object([
                        "name": .string("tutors"),
                        "args": .list([.object(["name": .string("first")]), .object(["name": .string("filter")])]),
                    ]),
                    .object(["name": .string("node"), "args": .list([.object(["name": .string("id")])])]),
                ]))
        #expect(data["kind"]?["enumValues"] == .list([.object(["name": .string("ONLINE")])]))
        #expect(data["range"]?["inputFields"] == .list([.object(["name": .string("from")])]))
    }

    @Test func typeLookupAndTypename() async throws {
        let data = try await run(#"{ __typename missing: __type(name: "Nope") { name } tutor: __type(name: "Tutor") { name kind } }"#)
        #expect(data["__typename"] == .string("Query"))
        #expect(data["missing"] == .null)
        #expect(data["tutor"] == .object(["name": .string("Tutor"), "kind": .string("OBJECT")]))
    }
}
