import Testing

@testable import GraphQLEngine

@Suite("Validation: UniqueOperationNames")
struct UniqueOperationNamesTests {
    @Test("anonymous, distinct and fragment-shadowing names are fine")
    func distinctNames() throws {
        #expect(try errors(UniqueOperationNamesRule.self, "{ field }") == [])
        #expect(try errors(UniqueOperationNamesRule.self, "query Foo { field } query Bar { field }") == [])
        #expect(try errors(UniqueOperationNamesRule.self, "query Foo { ...Foo } fragment Foo on Type { field }") == [])
    }

    @Test("two operations with one name")
    func duplicateNames() throws {
        let query = """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """
        #expect(
            try errors(UniqueOperationNamesRule.self, query) == [
                ReportedError("There can be only one operation named \"Foo\".", (1, 7), (4, 7))
            ])
    }

    @Test("a query and a mutation with one name")
    func duplicateAcrossOperationTypes() throws {
        let query = """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """
        #expect(
            try errors(UniqueOperationNamesRule.self, query) == [
                ReportedError("There can be only one operation named \"Foo\".", (1, 7), (4, 10))
            ])
    }
}
