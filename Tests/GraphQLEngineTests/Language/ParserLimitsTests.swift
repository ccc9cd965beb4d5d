import Testing

@testable import GraphQLEngine

@Suite("ParserLimits")
struct ParserLimitsTests {
    private func options(maxTokens: Int = 15_000, maxDepth: Int = 256) -> ParseOptions {
        var options = ParseOptions()
        options.maxTokens = maxTokens
        options.maxDepth = maxDepth
        return options
    }

    /// `depth` selection sets nested inside each other: `{ a { a { … } } }`.
    private func nestedSelections(_ depth: Int) -> String {
        String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
    }

    @Test("a document may hold exactly maxTokens tokens, comments and end of file not counted")
    func tokenLimit() throws {
        let nineTokens = "query Q { a b c d e } # a comment is not a token"
        _ = try parse(nineTokens, options: options(maxTokens: 9))
        expectSyntaxError(
            "Syntax Error: Document contains more than 8 tokens. Parsing aborted.", line: 1, column: 21
        ) { () throws(GraphQLError) in _ = try parse(nineTokens, options: options(maxTokens: 8)) }
    }

    @Test("the default token limit is 15,000")
    func defaultTokenLimit() throws {
        let fields = { (count: Int) in "{" + String(repeating: " a", count: count) + " }" }
        _ = try parse(fields(14_998))
        expectSyntaxError(
            "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", line: 1, column: 30_001
        ) { () throws(GraphQLError) in _ = try parse(fields(14_999)) }
    }

    @Test("nesting up to maxDepth parses; one level more is a syntax error at the opening bracket")
    func depthLimit() throws {
        _ = try parse(nestedSelections(256))
        expectSyntaxError(
            "Syntax Error: Document exceeds the maximum nesting depth of 256.", line: 1, column: 1 + 4 * 256
        ) { () throws(GraphQLError) in _ = try parse(nestedSelections(257)) }
        // The selection set is the first level, so the object value is the fourth.
        expectSyntaxError("Syntax Error: Document exceeds the maximum nesting depth of 3.", line: 1, column: 10) {
            () throws(GraphQLError) in _ = try parse("{ a(x: [[{ b: [1] }]]) }", options: options(maxDepth: 3))
        }
        expectSyntaxError("Syntax Error: Document exceeds the maximum nesting depth of 2.", line: 1, column: 14) {
            () throws(GraphQLError) in _ = try parse("query ($v: [[[Int]]]) { a }", options: options(maxDepth: 2))
        }
        expectSyntaxError("Syntax Error: Document exceeds the maximum nesting depth of 1.", line: 1, column: 24) {
            () throws(GraphQLError) in _ = try parse("type T { f(a: [Int] = [[1]]): Int }", options: options(maxDepth: 1))
        }
    }

    /// Documents of 100,000 nested brackets of each kind, which would overflow an unbounded recursion,
    /// with the column of the bracket that passes the limit (the selection set counts as one level).
    private static let hostileDocuments: [(String, Int)] = [
        (String(repeating: "{ a ", count: 100_000), 1 + 4 * 256),
        ("{ a(x: " + String(repeating: "[", count: 100_000) + ") }", 8 + 255),
        ("{ a(x: " + String(repeating: "{b: ", count: 100_000) + ") }", 8 + 4 * 255),
        ("query ($v: " + String(repeating: "[", count: 100_000) + "Int) { a }", 12 + 256),
        (String(repeating: "{", count: 100_000), 2),
    ]

    @Test("100,000 nested brackets return an error instead of overflowing the stack")
    func hostileNestingOnMainThread() {
        for (text, column) in Self.hostileDocuments {
            expectSyntaxFailure(text, column: column)
        }
    }

    @Test("100,000 nested brackets are safe on a small cooperative-thread stack too")
    func hostileNestingInDetachedTask() async {
        let columns = await Task.detached {
            Self.hostileDocuments.map { text, _ in Self.errorColumn(parsing: text) }
        }.value
        #expect(columns == Self.hostileDocuments.map(\.1))
    }

    @Test("the deepest document the default limit allows parses on a cooperative thread")
    func deepestAllowedInDetachedTask() async throws {
        let text = nestedSelections(256)
        let definitions = try await Task.detached { try parse(text).definitions.count }.value
        #expect(definitions == 1)
    }

    /// The column of the syntax error parsing `text` reports, or nil when it parses.
    private static func errorColumn(parsing text: String) -> Int? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.locations.first?.column
        }
    }

    private func expectSyntaxFailure(_ text: String, column: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try parse(text)
            Issue.record("expected a syntax error", sourceLocation: sourceLocation)
        } catch {
            #expect(error.code == .parseFailed, sourceLocation: sourceLocation)
            #expect(error.locations == [SourcePosition(line: 1, column: column)], sourceLocation: sourceLocation)
        }
    }
}
