import Testing

@testable import GraphQLEngine

@Suite("Validation: LoneAnonymousOperation")
struct LoneAnonymousOperationTests {
    @Test("one anonymous operation, or only named ones, with fragments")
    func valid() throws {
        #expect(try errors(LoneAnonymousOperationRule.self, "{ fieldA } fragment F on Type { fieldB }") == [])
        #expect(try errors(LoneAnonymousOperationRule.self, "query Foo { a } query Bar { b }") == [])
    }

    @Test("every anonymous operation among several is reported")
    func multipleAnonymous() throws {
        let query = """
            {
              fieldA
            }
            {
              fieldB
            }
            """
        #expect(
            try errors(LoneAnonymousOperationRule.self, query) == [
                ReportedError("This anonymous operation must be the only defined operation.", (1, 1)),
                ReportedError("This anonymous operation must be the only defined operation.", (4, 1)),
            ])
    }

    @Test("an anonymous operation beside a named mutation")
    func anonymousWithMutation() throws {
        let query = """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """
        #expect(
            try errors(LoneAnonymousOperationRule.self, query) == [
                ReportedError("This anonymous operation must be the only defined operation.", (1, 1))
            ])
    }
}
