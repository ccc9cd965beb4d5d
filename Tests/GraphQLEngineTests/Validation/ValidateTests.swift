import Testing

@testable import GraphQLEngine

@Suite("Validation: validate")
struct ValidateTests {
    let schema = ValidationTestSchema.schema

    @Test("a realistic document with fragments, variables and directives passes every rule")
    func validDocument() throws {
        let query = """
            query DogAndFriends($withOwner: Boolean = true, $command: DogCommand!, $first: Int) {
              dog {
                ...DogFields
                doesKnowCommand(dogCommand: $command)
                mother @include(if: $withOwner) { name }
              }
              human(id: "1") {
                relatives(first: $first) { ...Named }
                pets { ... on Cat { meows } ...Named }
              }
              catOrDog { __typename ... on Dog { barks } }
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: ["a"] })
                oneOfArgField(oneOfArg: { intField: 1 })
              }
            }

            mutation Rename { renameDog(name: "Rex") { name } }

            subscription Messages { newMessage { body sender } }

            fragment DogFields on Dog { name barkVolume isHouseTrained }

            fragment Named on Being { name }
            """
        let source = Source(query)
        #expect(validate(schema: schema, document: try parse(source), source: source) == [])
    }

    @Test("the standard introspection query is valid")
    func introspectionQuery() throws {
        let query = """
            query IntrospectionQuery {
              __schema {
                queryType { name }
                mutationType { name }
                subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) {
                name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
              }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """
        #expect(validate(schema: schema, document: try parse(query), source: nil) == [])
    }

    @Test("errors from several rules come in rule order, each coded GRAPHQL_VALIDATION_FAILED")
    func codesAndOrder() throws {
        let query = """
            query Q($unused: Int) {
              dog { unknownField }
              ...Missing
            }
            """
        let source = Source(query)
        let found = validate(schema: schema, document: try parse(source), source: source)
        #expect(
            found.map(ReportedError.init) == [
                ReportedError("Cannot query field \"unknownField\" on type \"Dog\".", (2, 9)),
                ReportedError("Unknown fragment \"Missing\".", (3, 6)),
                ReportedError("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
            ])
        #expect(found.allSatisfy { $0.code == .validationFailed && $0.path == nil })
    }

    @Test("without a source, errors carry no locations")
    func noSource() throws {
        let found = validate(schema: schema, document: try parse("{ unknown }"), source: nil)
        #expect(found.map(\.message) == ["Cannot query field \"unknown\" on type \"QueryRoot\"."])
        #expect(found[0].locations.isEmpty)
    }

    @Test("validation stops after 100 errors with graphql-js's notice")
    func errorLimit() throws {
        let fields = (0..<150).map { "unknown\($0)" }.joined(separator: " ")
        let found = validate(schema: schema, document: try parse("{ \(fields) }"), source: nil)
        #expect(found.count == 101)
        #expect(found[99].message == "Cannot query field \"unknown99\" on type \"QueryRoot\".")
        #expect(found[100].message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(found[100].locations.isEmpty && found[100].code == .validationFailed)
    }

    @Test("the error limit is configurable")
    func customErrorLimit() throws {
        var options = ValidationOptions()
        options.maxErrors = 2
        let found = validate(schema: schema, document: try parse("{ a b c d }"), source: nil, options: options)
        #expect(found.map(\.message).last == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(found.count == 3)
    }

    @Test("fragment cycles do not make any rule loop")
    func fragmentCycles() throws {
        let query = """
            { dog { ...A } }
            fragment A on Dog { name ...B mother { ...A } }
            fragment B on Dog { nickname ...A }
            """
        let messages = validate(schema: schema, document: try parse(query), source: nil).map(\.message)
        #expect(
            messages == [
                "Cannot spread fragment \"A\" within itself via \"B\".", "Cannot spread fragment \"A\" within itself.",
            ])
    }
}
