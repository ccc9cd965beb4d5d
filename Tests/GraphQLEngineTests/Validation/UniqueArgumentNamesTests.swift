import Testing

@testable import GraphQLEngine

@Suite("Validation: UniqueArgumentNames")
struct UniqueArgumentNamesTests {
    @Test("distinct arguments, and one name on different fields and directives")
    func distinct() throws {
        let query = """
            {
              field(arg1: "value", arg2: "value") @directive(arg: "value")
              other(arg1: "value") @directive(arg1: "value")
            }
            """
        #expect(try errors(UniqueArgumentNamesRule.self, query) == [])
    }

    @Test("repeated field and directive arguments locate every occurrence")
    func duplicates() throws {
        let query = """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
              other @directive(arg: "value", arg: "value")
            }
            """
        #expect(
            try errors(UniqueArgumentNamesRule.self, query) == [
                ReportedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)),
                ReportedError("There can be only one argument named \"arg\".", (3, 20), (3, 34)),
            ])
    }
}
