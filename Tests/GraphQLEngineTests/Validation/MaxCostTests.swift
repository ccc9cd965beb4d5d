import Testing

@testable import GraphQLEngine

@Suite("Validation: MaxCost")
struct MaxCostTests {
    private func costErrors(_ query: String, limit: Int, variables: ObjectValue? = nil) throws -> [ReportedError] {
        var options = ValidationOptions()
        options.maxCost = limit
        options.variableValues = variables
        return try errors(of: query, rules: [MaxCostRule.self], options: options)
    }

    @Test("fields cost 1; lists multiply by `first` or by the default size of 10")
    func listMultipliers() throws {
        // human 1 × (1 + relatives 5 × (1 + name 1 + pets 10 × (1 + name 1))) = 111
        let query = "{ human { relatives(first: 5) { name pets { name } } } }"
        #expect(try costErrors(query, limit: 111) == [])
        #expect(
            try costErrors(query, limit: 110) == [
                ReportedError("Query cost 111 exceeds the maximum allowed cost of 110.", (1, 1))
            ])
    }

    @Test("`first` given by a variable: the request's value, else the variable's default")
    func variableMultiplier() throws {
        let query = "query Q($n: Int = 2) { human { relatives(first: $n) { name } } }"
        // human 1 × (1 + relatives n × (1 + 1))
        #expect(try costErrors(query, limit: 5) == [])
        #expect(
            try costErrors(query, limit: 5, variables: ["n": .int(50)]) == [
                ReportedError("Query cost 101 exceeds the maximum allowed cost of 5.", (1, 1))
            ])
    }

    @Test("fragments cost as much as they select, each time they are spread")
    func fragments() throws {
        let query = """
            { a: dog { ...Names } b: dog { ...Names } }
            fragment Names on Dog { name nickname }
            """
        #expect(try costErrors(query, limit: 6) == [])
        #expect(
            try costErrors(query, limit: 5) == [
                ReportedError("Query cost 6 exceeds the maximum allowed cost of 5.", (1, 1))
            ])
    }

    @Test("huge page sizes saturate instead of overflowing")
    func saturation() throws {
        let page = "first: 2147483647"
        let query = "{ human { relatives(\(page)) { relatives(\(page)) { relatives(\(page)) { name } } } } }"
        #expect(
            try costErrors(query, limit: 1_000) == [
                ReportedError("Query cost \(Int.max) exceeds the maximum allowed cost of 1000.", (1, 1))
            ])
    }

    @Test("a page size outside Int's 32 bits is left to ValuesOfCorrectType, not priced")
    func outOfRangePageSize() throws {
        #expect(try costErrors("{ human { relatives(first: 2147483648) { name } } }", limit: 1_000) == [])
    }
}
