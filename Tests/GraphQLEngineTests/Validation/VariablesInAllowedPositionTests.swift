import Testing

@testable import GraphQLEngine

@Suite("Validation: VariablesInAllowedPosition")
struct VariablesInAllowedPositionTests {
    @Test("same types, non-null into nullable, lists, and single values as list items")
    func allowed() throws {
        let query = """
            query Query(
              $booleanArg: Boolean
              $nonNullBooleanArg: Boolean!
              $stringListVar: [String!]
              $stringVar: String
              $intArg: Int!
              $complex: ComplexInput
            ) {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
                a: booleanArgField(booleanArg: $nonNullBooleanArg)
                stringListArgField(stringListArg: $stringListVar)
                b: stringListArgField(stringListArg: [$stringVar])
                nonNullIntArgField(nonNullIntArg: $intArg)
                complexArgField(complexArg: $complex)
              }
              dog @include(if: $nonNullBooleanArg) { name }
            }
            """
        #expect(try errors(VariablesInAllowedPositionRule.self, query) == [])
    }

    @Test("a nullable variable in a non-null position is allowed only with a non-null default")
    func defaults() throws {
        let withDefaults = """
            query Query($intVar: Int = 1, $boolVar: Boolean = false) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
                nonNullFieldWithDefault(arg: $intVar)
              }
              dog @include(if: $boolVar) { name }
            }
            """
        #expect(try errors(VariablesInAllowedPositionRule.self, withDefaults) == [])

        let locationDefault = """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """
        #expect(try errors(VariablesInAllowedPositionRule.self, locationDefault) == [])

        let nullDefault = """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """
        #expect(
            try errors(VariablesInAllowedPositionRule.self, nullDefault) == [
                ReportedError("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39))
            ])
    }

    @Test("nullable into non-null, through a fragment, and in a directive")
    func nullableIntoNonNull() throws {
        let query = """
            query Query($intArg: Int, $boolVar: Boolean) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
              dog @include(if: $boolVar) { name }
            }
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            """
        #expect(
            try errors(VariablesInAllowedPositionRule.self, query) == [
                ReportedError(
                    "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 27),
                    (5, 20)),
                ReportedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (8, 37)),
            ])
    }

    @Test("wrong named type, and a single value where a list item is expected")
    func mismatchedTypes() throws {
        let query = """
            query Query($stringVar: String, $listVar: [String]) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
                stringListNonNullArgField(stringListNonNullArg: $listVar)
                stringArgField(stringArg: $listVar)
              }
            }
            """
        #expect(
            try errors(VariablesInAllowedPositionRule.self, query) == [
                ReportedError(
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13),
                    (3, 33)),
                ReportedError(
                    "Variable \"$listVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 33),
                    (4, 53)),
                ReportedError(
                    "Variable \"$listVar\" of type \"[String]\" used in position expecting type \"String\".", (1, 33),
                    (5, 31)),
            ])
    }

    @Test("a @oneOf field needs a non-null variable, even one with a default")
    func oneOf() throws {
        let valid = """
            query Query($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """
        #expect(try errors(VariablesInAllowedPositionRule.self, valid) == [])

        let query = """
            query Query($string: String = "x") {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """
        #expect(
            try errors(VariablesInAllowedPositionRule.self, query) == [
                ReportedError(
                    "Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                    (1, 13), (3, 44))
            ])
    }
}
