import Testing

@testable import GraphQLEngine

@Suite("Validation: FragmentsOnCompositeTypes")
struct FragmentsOnCompositeTypesTests {
    @Test("objects, interfaces, unions, and inline fragments with or without a condition")
    func compositeConditions() throws {
        let query = """
            fragment onObject on Dog { barks }
            fragment onInterface on Pet { name }
            fragment onUnion on CatOrDog { __typename }
            fragment inlineWithout on Dog { ... { name } }
            fragment inlineOnObject on Pet { ... on Dog { barks } }
            fragment unknown on Unknown { name }
            """
        #expect(try errors(FragmentsOnCompositeTypesRule.self, query) == [])
    }

    @Test("fragment definitions on a scalar, an enum and an input object")
    func leafAndInputConditions() throws {
        let query = """
            fragment scalarFragment on Boolean {
              bad
            }
            fragment enumFragment on FurColor {
              bad
            }
            fragment inputFragment on ComplexInput {
              stringField
            }
            """
        #expect(
            try errors(FragmentsOnCompositeTypesRule.self, query) == [
                ReportedError(
                    "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)),
                ReportedError("Fragment \"enumFragment\" cannot condition on non composite type \"FurColor\".", (4, 26)),
                ReportedError(
                    "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (7, 27)),
            ])
    }

    @Test("an inline fragment on a scalar")
    func inlineOnScalar() throws {
        let query = """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """
        #expect(
            try errors(FragmentsOnCompositeTypesRule.self, query) == [
                ReportedError("Fragment cannot condition on non composite type \"String\".", (2, 10))
            ])
    }
}
