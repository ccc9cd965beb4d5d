import Testing

@testable import GraphQLEngine

@Suite("Validation: KnownArgumentNames")
struct KnownArgumentNamesTests {
    @Test("defined field and directive arguments, in any order; unknown fields are another rule's")
    func known() throws {
        let query = """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
              isAtLocation(y: 1, x: 2)
              name @include(if: true)
              unknownField(unknownArg: 1)
              other @unknownDirective(unknownArg: 1)
            }
            """
        #expect(try errors(KnownArgumentNamesRule.self, query) == [])
    }

    @Test("unknown field arguments, with suggestions for misspellings")
    func unknownFieldArguments() throws {
        let query = """
            fragment invalidArgName on Dog {
              doesKnowCommand(dogcommand: SIT, unknown: true)
            }
            """
        #expect(
            try errors(KnownArgumentNamesRule.self, query) == [
                ReportedError(
                    "Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)),
                ReportedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 36)),
            ])
    }

    @Test("unknown directive arguments, with suggestions")
    func unknownDirectiveArguments() throws {
        let query = """
            {
              dog @skip(iff: true) {
                name
              }
            }
            """
        #expect(
            try errors(KnownArgumentNamesRule.self, query) == [
                ReportedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13))
            ])
    }
}
