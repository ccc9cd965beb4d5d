import Testing

@testable import GraphQLEngine

@Suite("Validation: KnownFragmentNames")
struct KnownFragmentNamesTests {
    @Test("spreads of defined fragments, nested and inline")
    func known() throws {
        let query = """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """
        #expect(try errors(KnownFragmentNamesRule.self, query) == [])
    }

    @Test("spreads of undefined fragments are reported at the name")
    func unknown() throws {
        let query = """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """
        #expect(
            try errors(KnownFragmentNamesRule.self, query) == [
                ReportedError("Unknown fragment \"UnknownFragment1\".", (3, 8)),
                ReportedError("Unknown fragment \"UnknownFragment2\".", (5, 10)),
                ReportedError("Unknown fragment \"UnknownFragment3\".", (11, 6)),
            ])
    }
}
