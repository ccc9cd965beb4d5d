import Testing

@testable import GraphQLEngine

@Suite("Validation: NoUnusedFragments")
struct NoUnusedFragmentsTests {
    @Test("fragments used directly, through other fragments, and in several operations")
    func allUsed() throws {
        let query = """
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """
        #expect(try errors(NoUnusedFragmentsRule.self, query) == [])
    }

    @Test("unused fragments are reported at their definitions, even when they use each other")
    func unused() throws {
        let query = """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              ...Unused1
            }
            """
        #expect(
            try errors(NoUnusedFragmentsRule.self, query) == [
                ReportedError("Fragment \"Unused1\" is never used.", (9, 1)),
                ReportedError("Fragment \"Unused2\" is never used.", (13, 1)),
            ])
    }

    @Test("a spread of an unknown fragment does not break the search")
    func unknownSpread() throws {
        let query = """
            query Foo { human(id: 4) { ...bar } }
            fragment foo on Human { name }
            """
        #expect(try errors(NoUnusedFragmentsRule.self, query) == [ReportedError("Fragment \"foo\" is never used.", (2, 1))])
    }
}
