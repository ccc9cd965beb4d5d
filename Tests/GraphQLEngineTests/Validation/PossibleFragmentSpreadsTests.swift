import Testing

@testable import GraphQLEngine

@Suite("Validation: PossibleFragmentSpreads")
struct PossibleFragmentSpreadsTests {
    @Test("same object, object in interface or union, interfaces and unions that overlap")
    func possible() throws {
        let query = """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment interfaceWithinUnion on CatOrDog { ... on Pet { name } }
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            fragment unknownFragment on Dog { ...Unknown }
            fragment dogFragment on Dog { barkVolume }
            fragment petFragment on Pet { name }
            fragment catOrDogFragment on CatOrDog { __typename }
            """
        #expect(try errors(PossibleFragmentSpreadsRule.self, query) == [])
    }

    @Test("named spreads between types without a common object")
    func impossibleNamedSpreads() throws {
        let query = """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment dogFragment on Dog { barkVolume }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """
        #expect(
            try errors(PossibleFragmentSpreadsRule.self, query) == [
                ReportedError(
                    "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
                    (1, 45)),
                ReportedError(
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".",
                    (2, 47)),
                ReportedError(
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".",
                    (3, 48)),
            ])
    }

    @Test("inline fragments between types without a common object")
    func impossibleInlineSpreads() throws {
        let query = """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            fragment invalidInterfaceWithinObject on Cat {
              ... on Intelligent { iq }
            }
            """
        #expect(
            try errors(PossibleFragmentSpreadsRule.self, query) == [
                ReportedError(
                    "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)),
                ReportedError(
                    "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".",
                    (5, 3)),
            ])
    }
}
