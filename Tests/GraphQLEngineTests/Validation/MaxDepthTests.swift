import Testing

@testable import GraphQLEngine

@Suite("Validation: MaxDepth")
struct MaxDepthTests {
    private func depthErrors(_ query: String, limit: Int) throws -> [ReportedError] {
        var options = ValidationOptions()
        options.maxDepth = limit
        return try errors(of: query, rules: [MaxDepthRule.self], options: options)
    }

    @Test("nesting up to the limit passes, one level more fails at the operation")
    func limit() throws {
        let query = "{ human { relatives { relatives { name } } } }"
        #expect(try depthErrors(query, limit: 4) == [])
        #expect(
            try depthErrors(query, limit: 3) == [
                ReportedError("Query depth 4 exceeds the maximum allowed depth of 3.", (1, 1))
            ])
    }

    @Test("depth counts through fragments and inline fragments, which add no level themselves")
    func throughFragments() throws {
        let query = """
            query Deep {
              human { ...Relatives }
            }
            fragment Relatives on Human {
              relatives { ... on Human { pets { name } } }
            }
            """
        #expect(try depthErrors(query, limit: 4) == [])
        #expect(
            try depthErrors(query, limit: 3) == [
                ReportedError("Query depth 4 exceeds the maximum allowed depth of 3.", (1, 1))
            ])
    }

    @Test("a fragment cycle ends the measurement instead of looping")
    func fragmentCycle() throws {
        let query = """
            { human { ...R } }
            fragment R on Human { relatives { ...R } }
            """
        #expect(try depthErrors(query, limit: 2) == [])
    }
}
