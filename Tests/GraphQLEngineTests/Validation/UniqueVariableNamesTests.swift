import Testing

@testable import GraphQLEngine

@Suite("Validation: UniqueVariableNames")
struct UniqueVariableNamesTests {
    @Test("distinct names, and one name reused by another operation")
    func distinct() throws {
        let query = """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """
        #expect(try errors(UniqueVariableNamesRule.self, query) == [])
    }

    @Test("every occurrence of a repeated name is located, once per name")
    func duplicates() throws {
        let query = """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """
        #expect(
            try errors(UniqueVariableNamesRule.self, query) == [
                ReportedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
                ReportedError("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
                ReportedError("There can be only one variable named \"$x\".", (3, 10), (3, 19)),
            ])
    }
}
