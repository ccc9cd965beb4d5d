import Testing

@testable import GraphQLEngine

@Suite("Validation: KnownDirectives")
struct KnownDirectivesTests {
    @Test("known directives in every executable location they allow")
    func wellPlaced() throws {
        let query = """
            query Foo($var: Boolean @onVariableDefinition) @onQuery {
              dog @include(if: $var) {
                name @onField
                ...Frag @onFragmentSpread
                ... @onInlineFragment { name }
              }
            }
            mutation Bar @onMutation { renameDog(name: "x") { name } }
            subscription Baz @onSubscription { newMessage { body } }
            fragment Frag on Dog @onFragmentDefinition { name }
            """
        #expect(try errors(KnownDirectivesRule.self, query) == [])
    }

    @Test("unknown directives")
    func unknown() throws {
        let query = """
            {
              dog @unknown(directive: "value") {
                name @unknown
              }
            }
            """
        #expect(
            try errors(KnownDirectivesRule.self, query) == [
                ReportedError("Unknown directive \"@unknown\".", (2, 7)),
                ReportedError("Unknown directive \"@unknown\".", (3, 10)),
            ])
    }

    @Test("directives in locations they do not allow")
    func misplaced() throws {
        let query = """
            query Foo($var: Boolean @onQuery) @onField {
              name @onQuery
              ...Frag @onField
              ... @onFragmentSpread { name }
            }
            mutation Bar @onQuery { renameDog(name: "x") { name } }
            fragment Frag on Dog @onInlineFragment { name }
            """
        #expect(
            try errors(KnownDirectivesRule.self, query) == [
                ReportedError("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
                ReportedError("Directive \"@onField\" may not be used on QUERY.", (1, 35)),
                ReportedError("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
                ReportedError("Directive \"@onField\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
                ReportedError("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 7)),
                ReportedError("Directive \"@onQuery\" may not be used on MUTATION.", (6, 14)),
                ReportedError("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (7, 22)),
            ])
    }
}
