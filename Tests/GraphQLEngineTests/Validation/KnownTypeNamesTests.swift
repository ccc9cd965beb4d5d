import Testing

@testable import GraphQLEngine

@Suite("Validation: KnownTypeNames")
struct KnownTypeNamesTests {
    @Test("known scalar, list, introspection and composite type names")
    func knownTypes() throws {
        let query = """
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              human(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """
        #expect(try errors(KnownTypeNamesRule.self, query) == [])
    }

    @Test("unknown names in variables, inline fragments and fragment definitions, with suggestions")
    func unknownTypes() throws {
        let query = """
            query Foo($var: [JumbledUpLetters!]!) {
              human(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """
        #expect(
            try errors(KnownTypeNamesRule.self, query) == [
                ReportedError("Unknown type \"JumbledUpLetters\".", (1, 18)),
                ReportedError("Unknown type \"Badger\".", (4, 19)),
                ReportedError("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)),
            ])
    }
}
