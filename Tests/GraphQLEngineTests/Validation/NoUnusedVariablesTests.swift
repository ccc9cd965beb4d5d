import Testing

@testable import GraphQLEngine

@Suite("Validation: NoUnusedVariables")
struct NoUnusedVariablesTests {
    @Test("variables used directly, in directives, and through nested fragments")
    func allUsed() throws {
        let query = """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) @skip(if: $b) {
                ...FragA
              }
            }
            fragment FragA on Type {
              ...FragB
            }
            fragment FragB on Type {
              field(c: [{ deep: $c }])
            }
            """
        #expect(try errors(NoUnusedVariablesRule.self, query) == [])
    }

    @Test("unused variables of named and anonymous operations")
    func unused() throws {
        let query = """
            query Foo($a: String, $b: String) {
              field(a: $a)
            }
            query ($c: String) {
              field
            }
            """
        #expect(
            try errors(NoUnusedVariablesRule.self, query) == [
                ReportedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)),
                ReportedError("Variable \"$c\" is never used.", (4, 8)),
            ])
    }

    @Test("a variable used only by a fragment another operation spreads")
    func usedOnlyElsewhere() throws {
        let query = """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """
        #expect(
            try errors(NoUnusedVariablesRule.self, query) == [
                ReportedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
                ReportedError("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)),
            ])
    }
}
