import Testing

@testable import GraphQLEngine

@Suite("JSON round trips")
struct JSONRoundTripTests {
    @Test("decode(encode(value)) gives the value back", arguments: [
        Value.null, .bool(false), .int(-5), .int(.max), .float(0.1), .float(-1.5e-300), .float(1e300), .string(""),
        .string("line\nbreak \"quoted\" \\ \u{1} é 😀"),
        .list([.int(1), .list([.list([])]), .object(["k": .string("v")])]),
        .object(["b": .int(1), "a": .list([.null, .bool(true)]), "": .object(["nested": .float(2.5)])]),
    ])
    func valueRoundTrips(value: Value) throws {
        #expect(try JSON.decode(JSON.encode(value)) == value)
    }

    @Test("encode(decode(text)) normalizes to compact text")
    func textRoundTrips() throws {
        let text = #" { "a" : [ 1 , 2.50 , -0.5e1 , "\u00e9\/" ] , "b" : { } } "#
        #expect(String(decoding: try JSON.encode(JSON.decode(Array(text.utf8))), as: UTF8.self) == #"{"a":[1,2.5,-5,"é/"],"b":{}}"#)
    }

    @Test("a large document with 100,000 elements decodes and encodes back identically")
    func largeDocument() throws {
        let elements = (0..<100_000).map { Value.object(["id": .int($0), "name": .string("item \($0)")]) }
        let bytes = JSON.encode(.list(elements))
        #expect(try JSON.decode(bytes) == .list(elements))
    }
}
