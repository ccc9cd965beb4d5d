import Testing

@testable import GraphQLEngine

@Suite("Validation: ScalarLeafs")
struct ScalarLeafsTests {
    @Test("leaves without selections, composites with them")
    func valid() throws {
        #expect(try errors(ScalarLeafsRule.self, "fragment scalarSelection on Dog { barks }") == [])
        #expect(try errors(ScalarLeafsRule.self, "{ human { pets { name } relatives { iq } } }") == [])
    }

    @Test("object, interface and list fields without a selection")
    func missingSelection() throws {
        let query = """
            {
              human {
                pets
                relatives
              }
              pet
            }
            """
        #expect(
            try errors(ScalarLeafsRule.self, query) == [
                ReportedError(
                    "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?",
                    (3, 5)),
                ReportedError(
                    "Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?",
                    (4, 5)),
                ReportedError(
                    "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?",
                    (6, 3)),
            ])
    }

    @Test("scalar and enum fields with a selection, with and without arguments")
    func selectionOnLeaf() throws {
        let query = """
            fragment f on Dog {
              barks { sinceWhen }
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            fragment g on Cat {
              furColor { inHexDec }
            }
            """
        #expect(
            try errors(ScalarLeafsRule.self, query) == [
                ReportedError(
                    "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)),
                ReportedError(
                    "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.",
                    (3, 36)),
                ReportedError(
                    "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (6, 12)),
            ])
    }
}
