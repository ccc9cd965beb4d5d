import Testing

@testable import GraphQLEngine

@Suite("BlockString")
struct BlockStringTests {
    /// The spec's `BlockStringValue` of `raw`, whose lines are separated by `\n`.
    private func dedent(_ raw: String) -> String {
        Array(raw.utf8).withUnsafeBufferPointer(blockStringValue)
    }

    @Test("common indentation of all lines but the first is removed")
    func commonIndentation() {
        #expect(dedent("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.") == "Hello,\n  World!\n\nYours,\n  GraphQL.")
        #expect(dedent("  first line keeps its indent\n    second\n    third") == "  first line keeps its indent\nsecond\nthird")
        #expect(dedent("\tmixed\n\t  tabs\n\t and spaces") == "\tmixed\n tabs\nand spaces")
        #expect(dedent("    only blank lines after\n   \n  ") == "    only blank lines after")
    }

    @Test("leading and trailing blank lines are removed, inner ones kept")
    func blankLines() {
        #expect(dedent("\n\n    Hello,\n\n      World!\n\n   \n") == "Hello,\n\n  World!")
        #expect(dedent("  \n\t\n  ") == "")
        #expect(dedent("") == "")
        #expect(dedent("\n  a\n   \n  b\n") == "a\n \nb")
    }

    @Test("values print as graphql-js prints them")
    func printing() {
        let cases: [(String, String)] = [
            ("", #""""""""#),
            ("simple", #""""simple""""#),
            (" leading space", #"""" leading space""""#),
            ("\tleading tab", "\"\"\"\tleading tab\"\"\""),
            ("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\""),
            ("trailing backslash\\", "\"\"\"\ntrailing backslash\\\n\"\"\""),
            ("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\""),
            ("  indented\n  lines", "\"\"\"\n  indented\n  lines\n\"\"\""),
            ("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\""),
            ("triple \"\"\" quotes", #""""triple \""" quotes""""#),
            ("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\""),
            (String(repeating: "x", count: 71), "\"\"\"\n" + String(repeating: "x", count: 71) + "\n\"\"\""),
            (String(repeating: "x", count: 70), "\"\"\"" + String(repeating: "x", count: 70) + "\"\"\""),
        ]
        for (value, printed) in cases {
            #expect(printBlockString(value) == printed, "\(value)")
        }
    }

    @Test("every value a block string can hold prints back to itself")
    func printedValuesParseBack() throws {
        let alphabet: [String] = [" ", "\t", "\n", "\r", "a", "\"", "\\"]
        var raws = [""]
        var all: [String] = []
        for _ in 1...4 {
            raws = raws.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += raws
        }
        for raw in all {
            guard let value = Self.valueOfBlockStringToken(in: "\"\"\"" + raw + "\"\"\"") else { continue }
            let printed = printBlockString(value)
            #expect(Self.valueOfBlockStringToken(in: printed) == value, "raw \(raw.debugDescription)")
        }
    }

    /// The value of `text` when it is exactly one block-string token.
    private static func valueOfBlockStringToken(in text: String) -> String? {
        guard let tokens = try? lexTokens(text), tokens.count == 2, tokens[0].kind == .blockString else { return nil }
        return try? stringValue(of: tokens[0], in: text)
    }
}
