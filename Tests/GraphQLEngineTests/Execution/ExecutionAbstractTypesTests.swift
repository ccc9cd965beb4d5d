import Testing

@testable import GraphQLEngine

private typealias H = ExecutionHarness

/// Interfaces and unions, after graphql-js's `abstract-test.ts`: `resolveType`, `GraphQLTypeNamed` values,
/// `__typename` members, fragments on abstract types, and the errors for types that do not fit.
@Suite("Execution: abstract types")
struct ExecutionAbstractTypesTests {
    static let sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String woofs: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Human { name: String }
        union DogOrCat = Dog | Cat
        type Query { pets: [Pet] search: [DogOrCat] pet: Pet }
        """

    /// A Swift model that names its own GraphQL type.
    struct Dog: GraphQLTypeNamed, GraphQLFieldReadable, Sendable {
        let name: String
        var graphQLTypeName: String { "Dog" }

        func graphQLField(_ field: String) -> (any Sendable)? {
            switch field {
            case "name": name
            case "woofs": true
            default: nil
            }
        }
    }

    /// A schema whose root fields return `pets`; Pet's `resolveType` (when given) reads a `kind` member.
    static func schema(pets: any Sendable, withTypeResolver: Bool = false) throws -> GraphQLSchema {
        let kind: TypeResolver = { value, _ in (value as? Value)?["kind"]?.stringValue ?? "?" }
        return try buildSchema(
            sdl,
            resolvers: ResolverMap(
                fields: ["Query": ["pets": H.constant(pets), "search": H.constant(pets)]],
                typeResolvers: withTypeResolver ? ["Pet": kind] : [:]))
    }

    @Test("resolveType picks each item's object type; fragments select per type")
    func typeResolver() async throws {
        let pets = try H.value(#"[{"kind":"Dog","name":"Odie","woofs":true},{"kind":"Cat","name":"Garfield","meows":false}]"#)
        let result = try await H.run(
            try Self.schema(pets: pets, withTypeResolver: true),
            "{ pets { __typename name ... on Dog { woofs } ... on Cat { meows } } }")
        #expect(
            H.data(result)
                == #"{"pets":[{"__typename":"Dog","name":"Odie","woofs":true},{"__typename":"Cat","name":"Garfield","meows":false}]}"#
        )
    }

    @Test("without resolveType, GraphQLTypeNamed values and __typename members decide")
    func defaultTypeResolution() async throws {
        let pets: [any Sendable] = [Dog(name: "Odie"), try H.value(#"{"__typename":"Cat","name":"Garfield","meows":true}"#)]
        let result = try await H.run(
            try Self.schema(pets: pets),
            "{ search { __typename ... on Pet { name } ... on Dog { woofs } ... on Cat { meows } } }")
        #expect(
            H.data(result)
                == #"{"search":[{"__typename":"Dog","name":"Odie","woofs":true},{"__typename":"Cat","name":"Garfield","meows":true}]}"#
        )
    }

    @Test("a value whose type cannot be decided is a field error with graphql-js's advice")
    func undecidable() async throws {
        let result = try await H.run(try Self.schema(pets: [try H.value(#"{"name":"Odie"}"#)]), "{ pets { name } }")
        #expect(H.json(result.data ?? .null) == #"{"pets":[null]}"#)
        #expect(result.errors.map(\.message) == [
            #"Abstract type "Pet" must resolve to an Object type at runtime for field "Query.pets". Either the "Pet" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function."#
        ])
        #expect(result.errors.first?.path == [.key("pets"), .index(0)])
    }

    @Test("a resolved type outside the abstract type or the schema is a field error", arguments: [
        ("Human", #"Runtime Object type "Human" is not a possible type for "Pet"."#),
        ("Unicorn", #"Abstract type "Pet" was resolved to a type "Unicorn" that does not exist inside the schema."#),
        ("DogOrCat", #"Abstract type "Pet" was resolved to a non-object type "DogOrCat"."#),
    ])
    func impossibleType(kind: String, message: String) async throws {
        let pets = try H.value(#"[{"kind":"\#(kind)","name":"x"}]"#)
        let result = try await H.run(try Self.schema(pets: pets, withTypeResolver: true), "{ pets { name } }")
        #expect(H.json(result.data ?? .null) == #"{"pets":[null]}"#)
        #expect(result.errors.map(\.message) == [message])
        #expect(result.errors.first?.code == .internalServerError)
    }
}
