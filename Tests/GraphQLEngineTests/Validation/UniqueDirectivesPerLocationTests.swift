import Testing

@testable import GraphQLEngine

@Suite("Validation: UniqueDirectivesPerLocation")
struct UniqueDirectivesPerLocationTests {
    @Test("distinct directives, the same directive on different nodes, repeatable and unknown ones")
    func valid() throws {
        let query = """
            fragment Test on Type @onFragmentDefinition {
              field @onField @include(if: true)
              other @onField
              twice @repeatable @repeatable
              unknown @unknown @unknown
            }
            """
        #expect(try errors(UniqueDirectivesPerLocationRule.self, query) == [])
    }

    @Test("a repeated non-repeatable directive is located at both uses")
    func duplicates() throws {
        let query = """
            fragment Test on Type @onFragmentDefinition @onFragmentDefinition {
              field @onField @onField @onField
              ...Frag @skip(if: true) @include(if: true) @skip(if: false)
            }
            """
        #expect(
            try errors(UniqueDirectivesPerLocationRule.self, query) == [
                ReportedError(
                    "The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 23), (1, 45)),
                ReportedError("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)),
                ReportedError("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 27)),
                ReportedError("The directive \"@skip\" can only be used once at this location.", (3, 11), (3, 46)),
            ])
    }
}
