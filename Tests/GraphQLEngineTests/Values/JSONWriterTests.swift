import Testing

@testable import GraphQLEngine

/// The JSON text of `value`.
private func encoded(_ value: Value) -> String {
    String(decoding: JSON.encode(value), as: UTF8.self)
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("values are written compactly with key order kept")
    func writesValues() {
        #expect(encoded(.null) == "null")
        #expect(encoded(.bool(true)) == "true")
        #expect(encoded(.list([.int(1), .bool(false), .null, .list([])])) == "[1,false,null,[]]")
        #expect(encoded(.object(["z": .int(1), "a": .object([:]), "m": .string("x")])) == #"{"z":1,"a":{},"m":"x"}"#)
    }

    @Test("integers print exactly, extremes included")
    func writesIntegers() {
        #expect(encoded(.int(0)) == "0")
        #expect(encoded(.int(-17)) == "-17")
        #expect(encoded(.int(.max)) == "9223372036854775807")
        #expect(encoded(.int(.min)) == "-9223372036854775808")
    }

    @Test("doubles print as JavaScript's JSON.stringify does")
    func writesDoublesLikeJavaScript() {
        let expectations: [(Double, String)] = [
            (1.0, "1"), (-1.0, "-1"), (0.0, "0"), (-0.0, "0"), (1.5, "1.5"), (0.1, "0.1"), (-0.25, "-0.25"),
            (100, "100"), (123.456, "123.456"), (1e20, "100000000000000000000"), (1e21, "1e+21"),
            (1.5e21, "1.5e+21"), (Double("123456789012345680000")!, "123456789012345680000"), (0.000001, "0.000001"),
            (1e-7, "1e-7"), (1.25e-7, "1.25e-7"), (.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.1 + 0.2, "0.30000000000000004"), (Double(1 << 53) + 2, "9007199254740994"), (1e16, "10000000000000000"),
        ]
        for (double, text) in expectations {
            #expect(encoded(.float(double)) == text, "\(double)")
        }
    }

    @Test("non-finite doubles, which JSON cannot carry, become null")
    func writesNonFiniteAsNull() {
        #expect(encoded(.float(.nan)) == "null")
        #expect(encoded(.float(.infinity)) == "null")
        #expect(encoded(.float(-.infinity)) == "null")
    }

    @Test("strings escape quotes, backslashes and control characters and keep non-ASCII as UTF-8")
    func escapesStrings() {
        #expect(encoded(.string("say \"hi\" \\ now")) == #""say \"hi\" \\ now""#)
        #expect(encoded(.string("\u{08}\u{0C}\n\r\t")) == #""\b\f\n\r\t""#)
        #expect(encoded(.string("\u{0}\u{1}\u{1F}\u{7F}")) == "\"\\u0000\\u0001\\u001f\u{7F}\"")
        #expect(encoded(.string("é 日本 😀 \u{2028} /")) == "\"é 日本 😀 \u{2028} /\"")
        #expect(encoded(.object(["quo\"te": .null])) == #"{"quo\"te":null}"#)
    }

    @Test("bridged and substring-backed strings are escaped too")
    func escapesNonNativeStrings() {
        let sliced = String("xx\"yy".dropFirst())
        #expect(encoded(.string(sliced)) == #""x\"yy""#)
    }

    @Test("encode(into:) appends to an existing buffer")
    func appendsIntoBuffer() {
        var bytes = Array("prefix:".utf8)
        JSON.encode(.list([.int(1)]), into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "prefix:[1]")
    }

    @Test("a GraphQL error writes message, locations, path and extensions, omitting empty parts")
    func writesGraphQLErrors() {
        let full = GraphQLError(
            "Boom", locations: [SourcePosition(line: 2, column: 3)], path: [.key("a"), .index(0), .key("b")],
            code: .internalServerError
        )
        var bytes: [UInt8] = []
        JSON.encode(full, into: &bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"message":"Boom","locations":[{"line":2,"column":3}],"path":["a",0,"b"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}"#
        )
        #expect(encoded(.object(GraphQLError("Plain").jsonObject)) == #"{"message":"Plain"}"#)
    }
}

@Suite("JSON writer for results")
struct JSONResultWriterTests {
    private func encoded(_ result: GraphQLResult) -> String {
        String(decoding: JSON.encode(result), as: UTF8.self)
    }

    @Test("a result writes errors first, then data, then extensions, leaving out absent parts")
    func writesResults() {
        #expect(encoded(GraphQLResult(data: .object(["a": .int(1)]))) == #"{"data":{"a":1}}"#)
        #expect(encoded(GraphQLResult(data: .null, errors: [GraphQLError("x")])) == #"{"errors":[{"message":"x"}],"data":null}"#)
        #expect(
            encoded(.requestErrors([GraphQLError("a", code: .badUserInput), GraphQLError("b")]))
                == #"{"errors":[{"message":"a","extensions":{"code":"BAD_USER_INPUT"}},{"message":"b"}]}"#)
        #expect(encoded(GraphQLResult(data: .null, extensions: ["cost": .int(3)])) == #"{"data":null,"extensions":{"cost":3}}"#)
        #expect(encoded(GraphQLResult(data: .null, extensions: [:])) == #"{"data":null}"#)
    }
}
