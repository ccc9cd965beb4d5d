import Testing

@testable import GraphQLEngine

@Suite("Validation: MaxAliases")
struct MaxAliasesTests {
    private func aliasErrors(_ query: String, limit: Int) throws -> [ReportedError] {
        var options = ValidationOptions()
        options.maxAliases = limit
        return try errors(of: query, rules: [MaxAliasesRule.self], options: options)
    }

    @Test("aliases at every depth count")
    func nestedAliases() throws {
        let query = "{ a: dog { name } b: dog { n: name } }"
        #expect(try aliasErrors(query, limit: 3) == [])
        #expect(
            try aliasErrors(query, limit: 2) == [
                ReportedError("Query uses 3 aliases, more than the allowed 2.", (1, 1))
            ])
    }

    @Test("a fragment's aliases count each time it is spread")
    func fragmentsCountPerSpread() throws {
        let query = """
            query Q { dog { ...F ... on Dog { ...F } } }
            fragment F on Dog { x: name y: name }
            """
        #expect(
            try aliasErrors(query, limit: 3) == [
                ReportedError("Query uses 4 aliases, more than the allowed 3.", (1, 1))
            ])
    }
}
