import Testing

@testable import GraphQLEngine

@Suite("Validation: ExecutableDefinitions")
struct ExecutableDefinitionsTests {
    @Test("operations and fragments are executable")
    func executableOnly() throws {
        let query = """
            query Foo {
              dog {
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """
        #expect(try errors(ExecutableDefinitionsRule.self, query) == [])
    }

    @Test("type definitions and extensions are reported by name")
    func typeDefinitions() throws {
        let query = """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """
        #expect(
            try errors(ExecutableDefinitionsRule.self, query) == [
                ReportedError("The \"Cow\" definition is not executable.", (7, 1)),
                ReportedError("The \"Dog\" definition is not executable.", (11, 1)),
            ])
    }

    @Test("schema definitions and extensions are reported as the schema")
    func schemaDefinitions() throws {
        let query = """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """
        #expect(
            try errors(ExecutableDefinitionsRule.self, query) == [
                ReportedError("The schema definition is not executable.", (1, 1)),
                ReportedError("The \"Query\" definition is not executable.", (5, 1)),
                ReportedError("The schema definition is not executable.", (9, 1)),
            ])
    }
}
