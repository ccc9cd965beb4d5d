import Testing

@testable import GraphQLEngine

@Suite("Validation: NoUndefinedVariables")
struct NoUndefinedVariablesTests {
    @Test("variables defined by the operation, used directly, in fragments and in directives")
    func allDefined() throws {
        let query = """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) @include(if: $b) {
                ...FragA
              }
            }
            fragment FragA on Type {
              field(c: $c)
            }
            """
        #expect(try errors(NoUndefinedVariablesRule.self, query) == [])
    }

    @Test("an undefined variable in a named operation, and inside an input object")
    func undefinedInNamedOperation() throws {
        let query = """
            query Foo($a: String) {
              field(a: $a, b: $b, c: { list: [$c] })
            }
            """
        #expect(
            try errors(NoUndefinedVariablesRule.self, query) == [
                ReportedError("Variable \"$b\" is not defined by operation \"Foo\".", (2, 19), (1, 1)),
                ReportedError("Variable \"$c\" is not defined by operation \"Foo\".", (2, 35), (1, 1)),
            ])
    }

    @Test("variables used in fragments are reported for each operation that reaches them")
    func undefinedThroughFragments() throws {
        let query = """
            query Foo($a: String) {
              ...FragAB
            }
            query Bar($b: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field(a: $a, b: $b)
            }
            """
        #expect(
            try errors(NoUndefinedVariablesRule.self, query) == [
                ReportedError("Variable \"$b\" is not defined by operation \"Foo\".", (8, 19), (1, 1)),
                ReportedError("Variable \"$a\" is not defined by operation \"Bar\".", (8, 12), (4, 1)),
            ])
    }

    @Test("an anonymous operation is not named in the message")
    func anonymousOperation() throws {
        let query = """
            {
              field(a: $a)
            }
            """
        #expect(
            try errors(NoUndefinedVariablesRule.self, query) == [
                ReportedError("Variable \"$a\" is not defined.", (2, 12), (1, 1))
            ])
    }
}
