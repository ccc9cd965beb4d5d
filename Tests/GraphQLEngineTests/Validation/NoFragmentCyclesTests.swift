import Testing

@testable import GraphQLEngine

@Suite("Validation: NoFragmentCycles")
struct NoFragmentCyclesTests {
    @Test("a fragment spread twice, or in sibling branches, is not a cycle")
    func acyclic() throws {
        let query = """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            fragment nestedA on Human { relatives { ...nestedB } }
            fragment nestedB on Human { name }
            fragment unknownSpread on Dog { ...Unknown }
            """
        #expect(try errors(NoFragmentCyclesRule.self, query) == [])
    }

    @Test("a fragment spreading itself, directly or inside an inline fragment")
    func selfCycle() throws {
        let query = """
            fragment fragA on Dog {
              ...fragA
            }
            fragment fragB on Pet {
              ... on Dog {
                ...fragB
              }
            }
            """
        #expect(
            try errors(NoFragmentCyclesRule.self, query) == [
                ReportedError("Cannot spread fragment \"fragA\" within itself.", (2, 3)),
                ReportedError("Cannot spread fragment \"fragB\" within itself.", (6, 5)),
            ])
    }

    @Test("a longer cycle is reported once with its path")
    func longCycle() throws {
        let query = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA }
            """
        #expect(
            try errors(NoFragmentCyclesRule.self, query) == [
                ReportedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 25),
                    (3, 25))
            ])
    }

    @Test("several cycles through one fragment are each reported")
    func multipleCycles() throws {
        let query = """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """
        #expect(
            try errors(NoFragmentCyclesRule.self, query) == [
                ReportedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
                ReportedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)),
            ])
    }
}
