/// A syntax error found while lexing or parsing: what went wrong and at which byte.
///
/// The lexer and parser throw this small value (typed throws, no boxing); `parse` turns it into
/// a `GraphQLError` with the line and column once, at the boundary.
struct SyntaxError: Error, Sendable, Equatable {
    /// The text after `Syntax Error: `, worded as graphql-js words it.
    var description: String
    /// The byte offset the error points at.
    var offset: Int

    init(_ description: String, at offset: Int) {
        self.description = description
        self.offset = offset
    }

    /// The request error clients see: `Syntax Error: …` with exactly one location.
    func graphQLError(in source: Source) -> GraphQLError {
        GraphQLError(
            "Syntax Error: \(description)", locations: [source.position(of: offset)], code: .parseFailed)
    }
}
