import Testing

@testable import GraphQLEngine

@Suite("Validation: VariablesAreInputTypes")
struct VariablesAreInputTypesTests {
    @Test("scalars, enums and input objects, wrapped or not; unknown types are another rule's")
    func inputTypes() throws {
        let query = """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: [[Unknown!]]!) {
              field(a: $a, b: $b, c: $c, d: $d, e: $e)
            }
            """
        #expect(try errors(VariablesAreInputTypesRule.self, query) == [])
    }

    @Test("objects, unions and interfaces are reported with the written type")
    func outputTypes() throws {
        let query = """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """
        #expect(
            try errors(VariablesAreInputTypesRule.self, query) == [
                ReportedError("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
                ReportedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
                ReportedError("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)),
            ])
    }
}
