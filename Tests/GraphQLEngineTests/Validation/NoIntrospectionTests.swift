import Testing

@testable import GraphQLEngine

@Suite("Validation: NoIntrospection")
struct NoIntrospectionTests {
    private let options: ValidationOptions = {
        var options = ValidationOptions()
        options.allowIntrospection = false
        return options
    }()

    @Test("__typename stays allowed")
    func typename() throws {
        #expect(try errors(of: "{ __typename dog { __typename name } }", rules: [NoIntrospectionRule.self], options: options) == [])
    }

    @Test("__schema and __type are rejected, also inside fragments")
    func schemaAndType() throws {
        let query = """
            { __schema { queryType { name } } __type(name: "Dog") { name } ...F }
            fragment F on QueryRoot { __schema { description } }
            """
        #expect(
            try errors(of: query, rules: [NoIntrospectionRule.self], options: options) == [
                ReportedError(
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                    (1, 3)),
                ReportedError(
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__type\".",
                    (1, 35)),
                ReportedError(
                    "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                    (2, 27)),
            ])
    }

    @Test("the rule runs only when introspection is switched off")
    func switchedOn() throws {
        let document = try parse("{ __schema { queryType { name } } }")
        #expect(validate(schema: ValidationTestSchema.schema, document: document, source: nil) == [])
        #expect(
            validate(schema: ValidationTestSchema.schema, document: document, source: nil, options: options).count == 1)
    }
}
