import Testing

@testable import GraphQLEngine

/// The message a coercion hook throws, or `nil` when it succeeds.
private func failure(_ body: () throws -> Value) -> String? {
    do {
        _ = try body()
        return nil
    } catch let error as ScalarCoercionError {
        return error.message
    } catch {
        return "unexpected \(error)"
    }
}

/// A literal parsed from GraphQL text.
private func literal(_ text: String) throws -> ValueNode { try parseValue(text) }

private enum Color: String { case red = "RED" }

@Suite("Types: built-in scalar coercion")
struct TypesScalarCoercionTests {
    let int = BuiltInScalars.int.coercion
    let float = BuiltInScalars.float.coercion
    let string = BuiltInScalars.string.coercion
    let boolean = BuiltInScalars.boolean.coercion
    let id = BuiltInScalars.id.coercion

    @Test func intSerializesEverySwiftIntegerWidthAndIntegralValues() throws {
        #expect(try int.serialize(42) == .int(42))
        #expect(try int.serialize(Int32(-7)) == .int(-7))
        #expect(try int.serialize(UInt8(255)) == .int(255))
        #expect(try int.serialize(Int64(2_147_483_647)) == .int(2_147_483_647))
        #expect(try int.serialize(3.0) == .int(3))
        #expect(try int.serialize(true) == .int(1))
        #expect(try int.serialize(false) == .int(0))
        #expect(try int.serialize("12") == .int(12))
        #expect(try int.serialize(Value.int(5)) == .int(5))
    }

    @Test func intSerializeRejectsWithGraphQLJSMessages() {
        #expect(failure { try int.serialize(2_147_483_648) } == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(failure { try int.serialize(-2_147_483_649) } == "Int cannot represent non 32-bit signed integer value: -2147483649")
        #expect(failure { try int.serialize(1.5) } == "Int cannot represent non-integer value: 1.5")
        #expect(failure { try int.serialize(1e100) } == "Int cannot represent non 32-bit signed integer value: 1e+100")
        #expect(failure { try int.serialize("abc") } == "Int cannot represent non-integer value: \"abc\"")
        #expect(failure { try int.serialize("") } == "Int cannot represent non-integer value: \"\"")
        #expect(failure { try int.serialize(Value.list([.int(1)])) } == "Int cannot represent non-integer value: [1]")
    }

    @Test func intParseValueAndLiteral() throws {
        #expect(try int.parseValue(.int(-2_147_483_648)) == .int(-2_147_483_648))
        #expect(try int.parseValue(.float(4.0)) == .int(4))
        #expect(failure { try int.parseValue(.float(4.5)) } == "Int cannot represent non-integer value: 4.5")
        #expect(failure { try int.parseValue(.string("4")) } == "Int cannot represent non-integer value: \"4\"")
        #expect(failure { try int.parseValue(.int(2_147_483_648)) } == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(try int.parseLiteral(literal("123")) == .int(123))
        #expect(
            failure { try int.parseLiteral(literal("2147483648")) } == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(failure { try int.parseLiteral(literal("1.5")) } == "Int cannot represent non-integer value: 1.5")
        #expect(failure { try int.parseLiteral(literal("\"abc\"")) } == "Int cannot represent non-integer value: \"abc\"")
        #expect(failure { try int.parseLiteral(literal("RED")) } == "Int cannot represent non-integer value: RED")
    }

    @Test func floatCoercion() throws {
        #expect(try float.serialize(1.5) == .float(1.5))
        #expect(try float.serialize(Float(0.5)) == .float(0.5))
        #expect(try float.serialize(2) == .float(2))
        #expect(try float.serialize(true) == .float(1))
        #expect(try float.serialize("1.25") == .float(1.25))
        #expect(failure { try float.serialize(Double.nan) } == "Float cannot represent non numeric value: NaN")
        #expect(failure { try float.serialize(Double.infinity) } == "Float cannot represent non numeric value: Infinity")
        #expect(failure { try float.serialize("one") } == "Float cannot represent non numeric value: \"one\"")
        #expect(try float.parseValue(.int(3)) == .float(3))
        #expect(failure { try float.parseValue(.bool(true)) } == "Float cannot represent non numeric value: true")
        #expect(try float.parseLiteral(literal("1")) == .float(1))
        #expect(try float.parseLiteral(literal("-1.5e3")) == .float(-1500))
        #expect(failure { try float.parseLiteral(literal("\"1.5\"")) } == "Float cannot represent non numeric value: \"1.5\"")
    }

    @Test func stringCoercion() throws {
        #expect(try string.serialize("text") == .string("text"))
        #expect(try string.serialize(Substring("sub")) == .string("sub"))
        #expect(try string.serialize(true) == .string("true"))
        #expect(try string.serialize(-3) == .string("-3"))
        #expect(try string.serialize(2.0) == .string("2"))
        #expect(try string.serialize(Color.red) == .string("RED"))
        #expect(failure { try string.serialize(Value.object(["a": .int(1)])) } == "String cannot represent value: { a: 1 }")
        #expect(failure { try string.parseValue(.int(1)) } == "String cannot represent a non string value: 1")
        #expect(try string.parseLiteral(literal("\"hi\"")) == .string("hi"))
        #expect(failure { try string.parseLiteral(literal("1")) } == "String cannot represent a non string value: 1")
    }

    @Test func booleanCoercion() throws {
        #expect(try boolean.serialize(true) == .bool(true))
        #expect(try boolean.serialize(0) == .bool(false))
        #expect(try boolean.serialize(2.5) == .bool(true))
        #expect(failure { try boolean.serialize("true") } == "Boolean cannot represent a non boolean value: \"true\"")
        #expect(failure { try boolean.parseValue(.int(1)) } == "Boolean cannot represent a non boolean value: 1")
        #expect(try boolean.parseLiteral(literal("false")) == .bool(false))
        #expect(failure { try boolean.parseLiteral(literal("\"true\"")) } == "Boolean cannot represent a non boolean value: \"true\"")
    }

    @Test func idCoercion() throws {
        #expect(try id.serialize("abc") == .string("abc"))
        #expect(try id.serialize(42) == .string("42"))
        #expect(try id.serialize(Int64(7)) == .string("7"))
        #expect(failure { try id.serialize(1.5) } == "ID cannot represent value: 1.5")
        #expect(failure { try id.serialize(true) } == "ID cannot represent value: true")
        #expect(try id.parseValue(.int(4)) == .string("4"))
        #expect(try id.parseValue(.string("4")) == .string("4"))
        #expect(failure { try id.parseValue(.float(1.5)) } == "ID cannot represent value: 1.5")
        #expect(try id.parseLiteral(literal("123")) == .string("123"))
        #expect(try id.parseLiteral(literal("\"x\"")) == .string("x"))
        #expect(failure { try id.parseLiteral(literal("1.0")) } == "ID cannot represent a non-string and non-integer value: 1.0")
    }

    @Test func enumCoercionUsesNamesAndSuggests() throws {
        let colors = GraphQLEnumType(name: "Color", values: [GraphQLEnumValue(name: "RED"), GraphQLEnumValue(name: "BLUE")])
        #expect(try colors.serialize(Color.red) == .string("RED"))
        #expect(throws: ScalarCoercionError("Enum \"Color\" cannot represent value: \"GREEN\"")) { try colors.serialize("GREEN") }
        #expect(try colors.parseLiteral(literal("BLUE")) == .string("BLUE"))
        #expect(
            throws: ScalarCoercionError(
                "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\"?")
        ) { try colors.parseLiteral(literal("\"RED\"")) }
        #expect(
            throws: ScalarCoercionError("Value \"RDE\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")
        ) { try colors.parseValue(.string("RDE")) }
    }

    @Test func inspectMatchesGraphQLJS() {
        #expect(Value.float(2_147_483_648).inspected == "2147483648")
        #expect(Value.float(0.0000001).inspected == "1e-7")
        #expect(Value.float(0.000001).inspected == "0.000001")
        #expect(Value.object(["a": .list([.list([.list([])])])]).inspected == "{ a: [[Array]] }")
        #expect(Value.string("say \"hi\"\n").inspected == "\"say \\\"hi\\\"\\n\"")
    }
}
