import Testing

@testable import GraphQLEngine

@Suite("Validation: UniqueInputFieldNames")
struct UniqueInputFieldNamesTests {
    @Test("distinct fields, and one name at different depths")
    func distinct() throws {
        let query = """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
              other(arg: { deep: { f1: "value" }, f1: "value" })
            }
            """
        #expect(try errors(UniqueInputFieldNamesRule.self, query) == [])
    }

    @Test("repeats at every depth, in lists and in default values, each against the first")
    func duplicates() throws {
        let query = """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
              nested(arg: { f: { x: 1, x: 2 }, f: [{ y: 1, y: 2 }] })
            }
            query Q($v: In = { a: 1, a: 2 }) { field }
            """
        #expect(
            try errors(UniqueInputFieldNamesRule.self, query) == [
                ReportedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
                ReportedError("There can be only one input field named \"f1\".", (2, 16), (2, 42)),
                ReportedError("There can be only one input field named \"x\".", (3, 22), (3, 28)),
                ReportedError("There can be only one input field named \"f\".", (3, 17), (3, 36)),
                ReportedError("There can be only one input field named \"y\".", (3, 42), (3, 48)),
                ReportedError("There can be only one input field named \"a\".", (5, 20), (5, 26)),
            ])
    }
}
