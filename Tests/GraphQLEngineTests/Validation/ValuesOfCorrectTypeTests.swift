import Testing

@testable import GraphQLEngine

@Suite("Validation: ValuesOfCorrectType")
struct ValuesOfCorrectTypeTests {
    @Test("literals of the right type, coercible ones, nulls where allowed, and variables")
    func valid() throws {
        let query = """
            {
              complicatedArgs {
                intArgField(intArg: 2)
                booleanArgField(booleanArg: true)
                stringArgField(stringArg: "foo")
                floatArgField(floatArg: 1)
                a: floatArgField(floatArg: 1.1)
                idArgField(idArg: 1)
                b: idArgField(idArg: "someIdString")
                enumArgField(enumArg: BROWN)
                c: enumArgField(enumArg: null)
                stringListArgField(stringListArg: ["one", null, "two"])
                d: stringListArgField(stringListArg: "one")
                complexArgField(complexArg: { requiredField: true, stringListField: ["x"] })
                oneOfArgField(oneOfArg: { stringField: "abc" })
                e: intArgField(intArg: $unknown)
              }
            }
            """
        #expect(try errors(ValuesOfCorrectTypeRule.self, query) == [])
    }

    @Test("scalars reject literals they cannot represent, in their own words")
    func invalidScalars() throws {
        let query = """
            {
              complicatedArgs {
                intArgField(intArg: "3")
                a: intArgField(intArg: 829384293849283498239482938)
                stringArgField(stringArg: 1)
                booleanArgField(booleanArg: 2)
                floatArgField(floatArg: true)
                idArgField(idArg: 1.0)
              }
            }
            """
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, query) == [
                ReportedError("Int cannot represent non-integer value: \"3\"", (3, 25)),
                ReportedError(
                    "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 28)),
                ReportedError("String cannot represent a non string value: 1", (5, 31)),
                ReportedError("Boolean cannot represent a non boolean value: 2", (6, 33)),
                ReportedError("Float cannot represent non numeric value: true", (7, 29)),
                ReportedError("ID cannot represent a non-string and non-integer value: 1.0", (8, 23)),
            ])
    }

    @Test("enums reject strings, other literals and unknown names, suggesting close values")
    func invalidEnums() throws {
        let query = """
            {
              complicatedArgs {
                enumArgField(enumArg: "BROWN")
                a: enumArgField(enumArg: brown)
                b: enumArgField(enumArg: 2)
                c: enumArgField(enumArg: BLUE)
              }
            }
            """
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, query) == [
                ReportedError(
                    "Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?",
                    (3, 27)),
                ReportedError(
                    "Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (4, 30)),
                ReportedError("Enum \"FurColor\" cannot represent non-enum value: 2.", (5, 30)),
                ReportedError("Value \"BLUE\" does not exist in \"FurColor\" enum.", (6, 30)),
            ])
    }

    @Test("null in non-null positions, wrong list items, and lists where one value is expected")
    func nullsAndLists() throws {
        let query = """
            {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: null)
                stringListArgField(stringListArg: ["one", 2])
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
                intArgField(intArg: [1])
                complexArgField(complexArg: [{ requiredField: true }])
              }
              dog { isHouseTrained(atOtherHomes: [true]) }
            }
            """
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, query) == [
                ReportedError("Expected value of type \"Int!\", found null.", (3, 39)),
                ReportedError("String cannot represent a non string value: 2", (4, 47)),
                ReportedError("Expected value of type \"String!\", found null.", (5, 61)),
                ReportedError("Int cannot represent non-integer value: [1]", (6, 25)),
                ReportedError(
                    "Expected value of type \"ComplexInput\", found [{requiredField: true}].", (7, 33)),
                ReportedError("Boolean cannot represent a non boolean value: [true]", (9, 38)),
            ])
    }

    @Test("input objects: missing required fields, unknown fields with suggestions, wrong field values")
    func inputObjects() throws {
        let query = """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
                a: complexArgField(complexArg: { requiredField: true, nonNullField: null })
                b: complexArgField(complexArg: { requiredField: true, invalidField: "value", stringListFild: [] })
                c: complexArgField(complexArg: { requiredField: true, intField: "four", stringListField: ["one", 2] })
                d: complexArgField(complexArg: "not an object")
              }
            }
            """
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, query) == [
                ReportedError(
                    "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)),
                ReportedError("Expected value of type \"Boolean!\", found null.", (4, 73)),
                ReportedError(
                    "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 59)),
                ReportedError(
                    "Field \"stringListFild\" is not defined by type \"ComplexInput\". Did you mean \"stringListField\" or \"stringField\"?",
                    (5, 82)),
                ReportedError("Int cannot represent non-integer value: \"four\"", (6, 69)),
                ReportedError("String cannot represent a non string value: 2", (6, 102)),
                ReportedError("Expected value of type \"ComplexInput\", found \"not an object\".", (7, 36)),
            ])
    }

    @Test("a @oneOf input object needs exactly one key, not null")
    func oneOf() throws {
        let query = """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
                a: oneOfArgField(oneOfArg: {})
                b: oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, query) == [
                ReportedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)),
                ReportedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 32)),
                ReportedError("Field \"OneOfInput.stringField\" must be non-null.", (5, 32)),
            ])
    }

    @Test("variables' default values are checked against the variable's type")
    func defaultValues() throws {
        let query = """
            query Q(
              $a: Int = "one"
              $b: String = 4
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = null
              $e: [String] = ["x", 1]
              $f: ComplexInput = { intField: 3 }
            ) {
              dog { name }
            }
            """
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, query) == [
                ReportedError("Int cannot represent non-integer value: \"one\"", (2, 13)),
                ReportedError("String cannot represent a non string value: 4", (3, 16)),
                ReportedError("Expected value of type \"Int!\", found null.", (5, 14)),
                ReportedError("String cannot represent a non string value: 1", (6, 24)),
                ReportedError(
                    "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (7, 22)),
            ])
    }

    @Test("directive arguments are checked too")
    func directiveArguments() throws {
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, "{ dog @include(if: \"yes\") { name } }") == [
                ReportedError("Boolean cannot represent a non boolean value: \"yes\"", (1, 20))
            ])
    }

    @Test("a custom scalar's message is prefixed with what was expected and found")
    func customScalar() throws {
        let schema = try buildSchema(
            "scalar DateTime type Query { at(time: DateTime): String }",
            resolvers: ResolverMap(scalars: ["DateTime": CustomScalars.dateTime]))
        #expect(try errors(ValuesOfCorrectTypeRule.self, "{ at(time: \"2026-11-24T20:16:42Z\") }", schema: schema) == [])
        #expect(
            try errors(ValuesOfCorrectTypeRule.self, "{ at(time: 5) }", schema: schema) == [
                ReportedError(
                    "Expected value of type \"DateTime\", found 5; DateTime cannot represent a non string value: 5", (1, 12))
            ])
    }
}
