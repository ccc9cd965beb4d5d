import Testing

@testable import GraphQLEngine

@Suite("Validation: KnownOperationTypes")
struct KnownOperationTypesTests {
    let queryOnlySchema: GraphQLSchema

    init() throws { queryOnlySchema = try buildSchema("type Query { field: String }") }

    @Test("operations the schema has a root type for")
    func supported() throws {
        #expect(try errors(KnownOperationTypesRule.self, "{ field }", schema: queryOnlySchema) == [])
        #expect(try errors(KnownOperationTypesRule.self, "mutation { renameDog(name: \"x\") { name } }") == [])
        #expect(try errors(KnownOperationTypesRule.self, "subscription { newMessage { body } }") == [])
    }

    @Test("mutations and subscriptions without a root type")
    func unsupported() throws {
        let query = """
            mutation M {
              field
            }
            subscription S {
              field
            }
            """
        #expect(
            try errors(KnownOperationTypesRule.self, query, schema: queryOnlySchema) == [
                ReportedError("The mutation operation is not supported by the schema.", (1, 1)),
                ReportedError("The subscription operation is not supported by the schema.", (4, 1)),
            ])
    }
}
