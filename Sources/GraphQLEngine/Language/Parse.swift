// The public entry points of the language layer: text in, syntax tree (or one syntax error) out.

/// Parses a GraphQL document, executable or type-system; a syntax error comes back as a
/// `GraphQLError` with code `GRAPHQL_PARSE_FAILED`, graphql-js's wording and one location.
public func parse(_ source: Source, options: ParseOptions = .init()) throws(GraphQLError) -> Document {
    try Parser.parse(source, options: options) { parser throws(SyntaxError) in try parser.parseDocument() }
}

/// Parses a GraphQL document from text; see `parse(_:options:)` for a `Source`.
public func parse(_ text: String, options: ParseOptions = .init()) throws(GraphQLError) -> Document {
    try Parser.parse(text, options: options) { parser throws(SyntaxError) in try parser.parseDocument() }
}

/// Parses a lone value literal such as `[42, $id]`, for tools that handle values in isolation.
public func parseValue(_ text: String, options: ParseOptions = .init()) throws(GraphQLError) -> ValueNode {
    try Parser.parse(text, options: options) { parser throws(SyntaxError) in
        try parser.expect(.startOfFile)
        let value = try parser.parseValueLiteral(isConst: false)
        try parser.expect(.endOfFile)
        return value
    }
}

/// Parses a lone constant value literal: like `parseValue`, but a variable is a syntax error.
public func parseConstValue(_ text: String, options: ParseOptions = .init()) throws(GraphQLError) -> ValueNode {
    try Parser.parse(text, options: options) { parser throws(SyntaxError) in
        try parser.expect(.startOfFile)
        let value = try parser.parseValueLiteral(isConst: true)
        try parser.expect(.endOfFile)
        return value
    }
}

/// Parses a lone type reference such as `[String!]!`.
public func parseType(_ text: String, options: ParseOptions = .init()) throws(GraphQLError) -> TypeNode {
    try Parser.parse(text, options: options) { parser throws(SyntaxError) in
        try parser.expect(.startOfFile)
        let type = try parser.parseTypeReference()
        try parser.expect(.endOfFile)
        return type
    }
}
