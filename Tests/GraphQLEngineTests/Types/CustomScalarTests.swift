import Foundation
import Testing

@testable import GraphQLEngine

@Suite("Types: custom scalars")
struct TypesCustomScalarTests {
    @Test func dateTimeNormalisesToUTCWithMilliseconds() throws {
        let dateTime = CustomScalars.dateTime
        #expect(try dateTime.parseValue(.string("2026-11-24T20:16:42Z")) == .string("2026-11-24T20:16:42Z"))
        #expect(try dateTime.parseValue(.string("2026-11-24T21:16:42+01:00")) == .string("2026-11-24T20:16:42Z"))
        #expect(try dateTime.parseValue(.string("2026-11-24T23:30:00.1234-05:00")) == .string("2026-11-25T04:30:00.123Z"))
        #expect(try dateTime.parseValue(.string("2024-02-29t00:00:00.5z")) == .string("2024-02-29T00:00:00.500Z"))
        #expect(try dateTime.parseLiteral(parseValue("\"2026-01-01T00:30:00+01:00\"")) == .string("2025-12-31T23:30:00Z"))
    }

    @Test func dateTimeRejectsMalformedText() {
        for text in [
            "2026-11-24", "2026-11-24T20:16:42", "2026-13-01T00:00:00Z", "2025-02-29T00:00:00Z",
            "2026-11-24T24:00:00Z", "2026-11-24T20:16:42+1:00", "2026-11-24T20:16:42.Z", "x",
        ] {
            #expect(throws: ScalarCoercionError.self) { try CustomScalars.dateTime.parseValue(.string(text)) }
        }
        #expect(
            throws: ScalarCoercionError("DateTime cannot represent a non string value: 5")
        ) { try CustomScalars.dateTime.parseValue(.int(5)) }
    }

    @Test func dateTimeSerializesDatesAndStrings() throws {
        let date = Date(timeIntervalSince1970: 1_795_551_402.25)
        #expect(try CustomScalars.dateTime.serialize(date) == .string("2026-11-24T20:16:42.250Z"))
        #expect(try CustomScalars.dateTime.serialize("2026-11-24T20:16:42-00:30") == .string("2026-11-24T20:46:42Z"))
        #expect(CustomScalars.dateValue(ofDateTime: .string("2026-11-24T20:16:42.250Z")) == date)
        #expect(throws: ScalarCoercionError("DateTime cannot represent value: 12")) { try CustomScalars.dateTime.serialize(12) }
    }

    @Test func dateValidatesCalendarDays() throws {
        #expect(try CustomScalars.date.parseValue(.string("2024-02-29")) == .string("2024-02-29"))
        #expect(throws: ScalarCoercionError.self) { try CustomScalars.date.parseValue(.string("2026-02-29")) }
        #expect(throws: ScalarCoercionError.self) { try CustomScalars.date.parseValue(.string("2026-2-01")) }
        #expect(try CustomScalars.date.serialize(Date(timeIntervalSince1970: 1_795_551_402)) == .string("2026-11-24"))
        #expect(
            throws: ScalarCoercionError("Date cannot represent a non string value: 20261124")
        ) { try CustomScalars.date.parseLiteral(parseValue("20261124")) }
    }

    @Test func jsonPassesEverythingThrough() throws {
        let json = CustomScalars.json
        let object: Value = .object(["a": .list([.int(1), .float(2.5), .null]), "b": .string("x")])
        #expect(try json.parseValue(object) == object)
        #expect(try json.serialize(object) == object)
        #expect(try json.serialize(["k": 1, "j": "v"] as [String: any Sendable]) == .object(["j": .string("v"), "k": .int(1)]))
        #expect(try json.parseLiteral(parseValue("{a: [1, 2.5, null], b: \"x\"}")) == object)
        #expect(try json.parseLiteral(parseValue("ENUM_LIKE")) == .string("ENUM_LIKE"))
    }
}
