import Testing

@testable import GraphQLEngine

@Suite("Validation: UniqueFragmentNames")
struct UniqueFragmentNamesTests {
    @Test("distinct fragment names, and a fragment named like an operation")
    func distinct() throws {
        let query = """
            query Foo { ...fragA ...fragB ...Foo }
            fragment fragA on Type { fieldA }
            fragment fragB on Type { fieldB }
            fragment Foo on Type { field }
            """
        #expect(try errors(UniqueFragmentNamesRule.self, query) == [])
    }

    @Test("each repeated definition is reported against the first")
    func duplicates() throws {
        let query = """
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            fragment fragA on Type {
              fieldC
            }
            """
        #expect(
            try errors(UniqueFragmentNamesRule.self, query) == [
                ReportedError("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)),
                ReportedError("There can be only one fragment named \"fragA\".", (1, 10), (7, 10)),
            ])
    }
}
