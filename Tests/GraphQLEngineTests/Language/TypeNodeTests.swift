import Testing

@testable import GraphQLEngine

/// `TypeNode` keeps its wrappers flat, three inline and the rest in an array: these check that every
/// depth peels back to what was parsed, compares by structure and prints back.
@Suite("TypeNode")
struct TypeNodeTests {
    /// The wrappers of `type` from the outside in ("[" for a list, "!" for non-null) and its named type.
    private func peel(_ type: TypeNode) -> (wrappers: String, name: String) {
        var wrappers = ""
        var current = type
        while true {
            switch current.shape {
            case .named(let named): return (wrappers, named.name.value)
            case .list(let inner, _):
                wrappers += "["
                current = inner
            case .nonNull(let inner, _):
                wrappers += "!"
                current = inner
            }
        }
    }

    @Test("types of every depth, inline and past the inline wrappers, peel, print and locate as parsed")
    func depths() throws {
        let cases: [(String, String)] = [
            ("ID", ""), ("ID!", "!"), ("[ID]", "["), ("[ID!]!", "![!"), ("[[ID!]!]!", "![![!"),
            ("[[[[ID]]]]!", "![[[["), ("[[[[[[ID!]!]]]]]!", "![[[[[![!"),
        ]
        for (text, wrappers) in cases {
            let type = try parseType(text)
            #expect(peel(type).wrappers == wrappers, "\(text)")
            #expect(peel(type).name == "ID")
            #expect(type.namedType.name.value == "ID")
            #expect(type.loc == Location(start: 0, end: text.utf8.count))
            #expect(printAST(type) == text)
            #expect(TypeReference(type).description == text)
        }
    }

    @Test("equal types compare and hash equal however they were built; a different wrapper or location does not")
    func equality() throws {
        let parsed = try parseType("[[[[ID!]]]]")
        var rebuilt = TypeNode.named(parsed.namedType)
        rebuilt = .nonNull(rebuilt, Location(start: 4, end: 7))
        rebuilt = .list(rebuilt, Location(start: 3, end: 8))
        rebuilt = .list(rebuilt, Location(start: 2, end: 9))
        rebuilt = .list(rebuilt, Location(start: 1, end: 10))
        rebuilt = .list(rebuilt, Location(start: 0, end: 11))
        #expect(rebuilt == parsed)
        #expect(rebuilt.hashValue == parsed.hashValue)
        guard case .list(let inner, _) = parsed.shape else {
            Issue.record("expected a list"); return
        }
        #expect(TypeNode.list(inner, Location(start: 0, end: 11)) == parsed)
        #expect(TypeNode.nonNull(inner, Location(start: 0, end: 11)) != parsed)
        #expect(TypeNode.list(inner, Location(start: 0, end: 12)) != parsed)
        #expect(try parseType("[[[ID!]]]") != parseType("[[[ID]!]]"))
    }
}
