import Testing

@testable import GraphQLEngine

@Suite("Validation: FieldsOnCorrectType")
struct FieldsOnCorrectTypeTests {
    @Test("defined fields, aliases, interface fields and meta-fields")
    func valid() throws {
        let query = """
            {
              __typename
              __schema { queryType { name } }
              __type(name: "Dog") { name }
              dog { tag: name barkVolume }
              pet { name }
              catOrDog { __typename ... on Cat { meows } }
            }
            """
        #expect(try errors(FieldsOnCorrectTypeRule.self, query) == [])
    }

    @Test("an unknown field, with a similarly named suggestion, also behind an alias or inline fragment")
    func unknownWithSuggestion() throws {
        let query = """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
                volume: mooVolume
              }
            }
            """
        #expect(
            try errors(FieldsOnCorrectTypeRule.self, query) == [
                ReportedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)),
                ReportedError("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (4, 5)),
            ])
    }

    @Test("only the outermost unknown field is reported")
    func deepUnknown() throws {
        let query = """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """
        #expect(
            try errors(FieldsOnCorrectTypeRule.self, query) == [
                ReportedError("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3))
            ])
    }

    @Test("a field of some implementations suggests fragments on them")
    func implementationsSuggested() throws {
        let query = """
            fragment onInterface on Pet {
              nickname
            }
            fragment onUnion on CatOrDog {
              name
            }
            """
        #expect(
            try errors(FieldsOnCorrectTypeRule.self, query) == [
                ReportedError(
                    "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
                    (2, 3)),
                ReportedError(
                    "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                    (5, 3)),
            ])
    }

    @Test("a union has no fields to suggest; meta-fields outside the query root are unknown")
    func noSuggestions() throws {
        let query = """
            {
              catOrDog {
                directField
              }
              dog {
                __schema { queryType { name } }
              }
            }
            """
        #expect(
            try errors(FieldsOnCorrectTypeRule.self, query) == [
                ReportedError("Cannot query field \"directField\" on type \"CatOrDog\".", (3, 5)),
                ReportedError("Cannot query field \"__schema\" on type \"Dog\".", (6, 5)),
            ])
    }
}
