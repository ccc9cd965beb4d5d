import Testing

@testable import GraphQLEngine

/// Every token of `text`, comments included, up to and including end of file.
func lexTokens(_ text: String) throws(GraphQLError) -> [Token] {
    let source = Source(text)
    let outcome: Result<[Token], SyntaxError> = source.bytes.withUnsafeBufferPointer { bytes in
        var lexer = Lexer(bytes: bytes)
        return Result { () throws(SyntaxError) in
            var tokens: [Token] = []
            repeat {
                tokens.append(try lexer.readToken())
            } while tokens.last?.kind != .endOfFile
            return tokens
        }
    }
    switch outcome {
    case .success(let tokens): return tokens
    case .failure(let error): throw error.graphQLError(in: source)
    }
}

/// The first token of `text` that is not a comment.
func lexOne(_ text: String) throws -> Token {
    try #require(lexTokens(text).first { $0.kind != .comment })
}

/// The value the parser would give a string or block-string token.
func stringValue(of token: Token, in text: String) throws -> String {
    let source = Source(text)
    return try source.bytes.withUnsafeBufferPointer { bytes in
        try Lexer(bytes: bytes).value(ofStringToken: token)
    }
}

/// Expects `body` to fail with a syntax error carrying exactly `message` and one location.
func expectSyntaxError(
    _ message: String, line: Int, column: Int, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws(GraphQLError) -> Void
) {
    do {
        try body()
        Issue.record("expected the syntax error \(message)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.message == message, sourceLocation: sourceLocation)
        #expect(error.locations == [SourcePosition(line: line, column: column)], sourceLocation: sourceLocation)
        #expect(error.code == .parseFailed, sourceLocation: sourceLocation)
    }
}

/// Expects parsing `text` as a document to fail with `message` at `line`:`column`.
func expectParseError(
    _ text: String, _ message: String, line: Int, column: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectSyntaxError(message, line: line, column: column, sourceLocation: sourceLocation) { () throws(GraphQLError) in
        _ = try parse(text)
    }
}

/// Expects lexing `text` to fail with `message` at `line`:`column`.
func expectLexError(
    _ text: String, _ message: String, line: Int, column: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectSyntaxError(message, line: line, column: column, sourceLocation: sourceLocation) { () throws(GraphQLError) in
        _ = try lexTokens(text)
    }
}

/// A document parsed without locations, so trees from different text compare equal.
func parseWithoutLocations(_ text: String) throws -> Document {
    var options = ParseOptions()
    options.noLocation = true
    return try parse(text, options: options)
}
