import Testing

@testable import GraphQLEngine

@Suite("Validation: ProvidedRequiredArguments")
struct ProvidedRequiredArgumentsTests {
    @Test("required arguments given, optional and defaulted ones omitted, unknown fields ignored")
    func provided() throws {
        let query = """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
                multipleOpts
                nonNullFieldWithDefault
                multipleOptAndReq(req1: 1, req2: 2, opt2: 3)
              }
              dog @include(if: true) { unknownField(x: 1) }
            }
            """
        #expect(try errors(ProvidedRequiredArgumentsRule.self, query) == [])
    }

    @Test("each missing field argument is reported at the field")
    func missingFieldArguments() throws {
        let query = """
            {
              complicatedArgs {
                multipleReqs(req1: 1)
                nonNullIntArgField
              }
            }
            """
        #expect(
            try errors(ProvidedRequiredArgumentsRule.self, query) == [
                ReportedError(
                    "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                    (3, 5)),
                ReportedError(
                    "Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.",
                    (4, 5)),
            ])
    }

    @Test("missing directive arguments are reported at the directive")
    func missingDirectiveArguments() throws {
        let query = """
            {
              dog @include {
                name @skip
              }
            }
            """
        #expect(
            try errors(ProvidedRequiredArgumentsRule.self, query) == [
                ReportedError(
                    "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    (2, 7)),
                ReportedError(
                    "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    (3, 10)),
            ])
    }
}
