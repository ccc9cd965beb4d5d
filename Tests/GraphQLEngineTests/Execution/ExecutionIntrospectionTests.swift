import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// The meta-fields as the executor serves them: `__schema` and `__type` on the query root, `__typename`
/// everywhere, the standard introspection query through the pipeline, and the introspection switch.
@Suite("Execution: introspection")
struct ExecutionIntrospectionTests {
    static let schema: GraphQLSchema = try! buildSchema(
        """
        "The root of every query."
        type Query { tutor(id: ID!): Tutor search: [Result] }
        type Mutation { touch: Int }
        "Someone who teaches."
        type Tutor { id: ID! name: String @deprecated(reason: "Use displayName.") displayName: String }
        type Subject { title: String }
        union Result = Tutor | Subject
        """,
        resolvers: ResolverMap(fields: [
            "Query": [
                "tutor": H.constant(try! H.value(#"{"id":"7","displayName":"Ada"}"#)),
                "search": H.constant(try! H.value(#"[{"__typename":"Subject","title":"Maths"}]"#)),
            ],
            "Mutation": ["touch": H.constant(1)],
        ]))

    @Test("__typename answers on the query root, nested objects, union members and the mutation root")
    func typename() async throws {
        #expect(
            H.data(try await H.run(Self.schema, #"{ __typename tutor(id: "7") { __typename } search { __typename } }"#))
                == #"{"__typename":"Query","tutor":{"__typename":"Tutor"},"search":[{"__typename":"Subject"}]}"#)
        #expect(H.data(try await H.run(Self.schema, "mutation { __typename }")) == #"{"__typename":"Mutation"}"#)
    }

    @Test("__type describes one type, deprecated fields on request")
    func typeLookup() async throws {
        let result = try await H.run(
            Self.schema,
            #"{ __type(name: "Tutor") { kind name description fields(includeDeprecated: true) { name isDeprecated deprecationReason } } missing: __type(name: "Nope") { name } }"#
        )
        #expect(
            H.data(result)
                == #"{"__type":{"kind":"OBJECT","name":"Tutor","description":"Someone who teaches.","fields":[{"name":"id","isDeprecated":false,"deprecationReason":null},{"name":"name","isDeprecated":true,"deprecationReason":"Use displayName."},{"name":"displayName","isDeprecated":false,"deprecationReason":null}]},"missing":null}"#
        )
    }

    @Test("the standard introspection query runs through the pipeline")
    func standardQuery() async throws {
        let result = await GraphQLService(schema: Self.schema).run(GraphQLRequest(query: standardIntrospectionQuery))
        let schema = try #require(result.data?["__schema"])
        #expect(result.errors.isEmpty)
        #expect(schema["queryType"]?["name"] == .string("Query"))
        #expect(schema["mutationType"]?["name"] == .string("Mutation"))
        let typeNames = try #require(schema["types"]?.listValue).compactMap { $0["name"]?.stringValue }
        #expect(Set(["Query", "Tutor", "Result", "__Schema", "__Type", "String", "ID"]).isSubset(of: typeNames))
        let directives = try #require(schema["directives"]?.listValue).compactMap { $0["name"]?.stringValue }
        #expect(Set(["skip", "include", "deprecated", "specifiedBy", "oneOf"]).isSubset(of: directives))
    }

    @Test("with introspection switched off, __schema is a validation error but __typename still works")
    func introspectionSwitch() async throws {
        var options = ValidationOptions()
        options.allowIntrospection = false
        let service = GraphQLService(schema: Self.schema, validationOptions: options)
        let refused = await service.run(GraphQLRequest(query: "{ __schema { queryType { name } } }"))
        #expect(refused.data == nil)
        #expect(refused.errors.first?.code == .validationFailed)
        #expect(H.data(await service.run(GraphQLRequest(query: "{ __typename }"))) == #"{"__typename":"Query"}"#)
    }
}
