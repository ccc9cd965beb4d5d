import Testing

@testable import GraphQLEngine

private let schema = try! buildSchema(
    """
    type Query { a(input: Booking): Int }
    input Booking { tutorId: ID!, slots: [Slot!]!, note: String = "none", kind: Kind = ONLINE, pay: Payment }
    input Slot { start: Int!, minutes: Int = 60 }
    enum Kind { ONLINE, IN_PERSON }
    input Payment @oneOf { card: String, credits: Int }
    """)

/// Every problem `coerceInputValue` reports, as `message @ path`.
private func variableProblems(_ value: Value, _ type: TypeReference) -> [String] {
    var found: [String] = []
    _ = coerceInputValue(value, type: type, schema: schema) { found.append("\($0.message) @ \($0.path.printedInputPath)") }
    return found
}

/// The message `coerceInputLiteral` throws for the literal, or `nil`.
private func literalProblem(_ text: String, _ type: TypeReference, variables: ObjectValue? = nil) -> String? {
    do {
        _ = try coerceInputLiteral(try parseValue(text), type: type, schema: schema, variables: variables)
        return nil
    } catch let error as InputCoercionError {
        return "\(error.message) @ \(error.path.printedInputPath)"
    } catch {
        return "unexpected \(error)"
    }
}

@Suite("Types: input coercion")
struct TypesInputCoercionTests {
    let booking = TypeReference.named("Booking")

    @Test func variablesApplyDefaultsAndWrapSingleValuesInLists() throws {
        let coerced = try coerceInputValue(
            .object(["tutorId": .int(7), "slots": .object(["start": .int(9)])]), type: booking, schema: schema)
        #expect(
            coerced
                == .object([
                    "tutorId": .string("7"), "slots": .list([.object(["start": .int(9), "minutes": .int(60)])]),
                    "note": .string("none"), "kind": .string("ONLINE"),
                ]))
        #expect(try coerceInputValue(.int(3), type: .list(.named("Int")), schema: schema) == .list([.int(3)]))
        #expect(try coerceInputValue(.null, type: .list(.named("Int")), schema: schema) == .null)
    }

    @Test func variableProblemsCarryPathsAndGraphQLJSMessages() {
        #expect(
            variableProblems(.object(["slots": .list([.object(["start": .string("9")])]), "extra": .bool(true)]), booking)
                == [
                    "Field \"Booking.tutorId\" of required type \"ID!\" was not provided. @ ",
                    "Int cannot represent non-integer value: \"9\" @ .slots[0].start",
                    "Field \"extra\" is not defined by type \"Booking\". @ ",
                ])
        #expect(variableProblems(.null, .nonNull(.named("Int"))) == ["Expected non-nullable type \"Int!\" not to be null. @ "])
        #expect(variableProblems(.string("x"), booking) == ["Expected type \"Booking\" to be an object. @ "])
        #expect(
            variableProblems(.string("ONLNE"), .named("Kind"))
                == ["Value \"ONLNE\" does not exist in \"Kind\" enum. Did you mean the enum value \"ONLINE\"? @ "])
        #expect(
            variableProblems(.object(["tutorId": .int(1), "slots": .list([]), "kind": .string("ONLINE"), "notes": .null]), booking)
                == ["Field \"notes\" is not defined by type \"Booking\". Did you mean \"note\" or \"slots\"? @ "])
    }

    @Test func oneOfVariables() {
        let payment = TypeReference.named("Payment")
        #expect(variableProblems(.object(["card": .string("tok")]), payment).isEmpty)
        #expect(
            variableProblems(.object(["card": .string("tok"), "credits": .int(1)]), payment)
                == ["Exactly one key must be specified for OneOf type \"Payment\". @ "])
        #expect(variableProblems(.object([:]), payment) == ["Exactly one key must be specified for OneOf type \"Payment\". @ "])
        #expect(variableProblems(.object(["card": .null]), payment) == ["Field \"card\" must be non-null. @ .card"])
    }

    @Test func literalsSubstituteVariablesAndApplyDefaults() throws {
        let coerced = try coerceInputLiteral(
            parseValue("{tutorId: 5, slots: [{start: $start}, {start: 2, minutes: $missing}], kind: IN_PERSON}"),
            type: booking, schema: schema, variables: ["start": .int(1)])
        #expect(
            coerced
                == .object([
                    "tutorId": .string("5"),
                    "slots": .list([
                        .object(["start": .int(1), "minutes": .int(60)]), .object(["start": .int(2), "minutes": .int(60)]),
                    ]),
                    "note": .string("none"), "kind": .string("IN_PERSON"),
                ]))
        #expect(
            try coerceInputLiteral(parseValue("[1, $gone]"), type: .list(.named("Int")), schema: schema, variables: [:])
                == .list([.int(1), .null]))
        #expect(try coerceInputLiteral(parseValue("4"), type: .list(.named("Int")), schema: schema, variables: nil) == .list([.int(4)]))
    }

    @Test func literalProblems() {
        #expect(literalProblem("{slots: []}", booking) == "Field \"Booking.tutorId\" of required type \"ID!\" was not provided. @ ")
        #expect(
            literalProblem("{tutorId: 1, slots: [{start: 1.5}]}", booking)
                == "Int cannot represent non-integer value: 1.5 @ .slots[0].start")
        #expect(
            literalProblem("{tutorId: 1, slots: [], nope: 1}", booking)
                == "Field \"nope\" is not defined by type \"Booking\". Did you mean \"note\"? @ ")
        #expect(literalProblem("null", .nonNull(.named("Int"))) == "Expected value of type \"Int!\", found null. @ ")
        #expect(
            literalProblem("\"ONLINE\"", .named("Kind"))?.hasPrefix("Enum \"Kind\" cannot represent non-enum value: \"ONLINE\".") == true)
        #expect(literalProblem("5", booking) == "Expected value of type \"Booking\", found 5. @ ")
        #expect(literalProblem("$v", .nonNull(.named("Int")), variables: [:]) == "Expected value of type \"Int!\", found null. @ ")
        #expect(
            literalProblem("{card: \"a\", credits: 1}", .named("Payment"))
                == "OneOf Input Object \"Payment\" must specify exactly one key. @ ")
        #expect(literalProblem("{card: null}", .named("Payment")) == "Field \"Payment.card\" must be non-null. @ .card")
    }

    @Test func valueToLiteralWritesDefaultsBack() throws {
        let value: Value = .object(["tutorId": .string("12"), "slots": .list([.object(["start": .int(1)])]), "kind": .string("ONLINE")])
        let literal = try #require(valueToLiteral(value, type: booking, schema: schema))
        #expect(printAST(literal) == "{tutorId: 12, slots: [{start: 1}], kind: ONLINE}")
        #expect(valueToLiteral(.null, type: .nonNull(.named("Int")), schema: schema) == nil)
        #expect(valueToLiteral(.float(2), type: .named("Float"), schema: schema).map(printAST) == "2")
        #expect(valueToLiteral(.string("abc"), type: .named("ID"), schema: schema).map(printAST) == "\"abc\"")
    }
}
