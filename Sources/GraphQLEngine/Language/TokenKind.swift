/// The kinds of lexical token the GraphQL grammar knows (spec §2.1.6), plus start and end of file.
enum TokenKind: UInt8, Sendable, CustomStringConvertible {
    case startOfFile
    case endOfFile
    case bang
    case dollar
    case ampersand
    case parenLeft
    case parenRight
    case spread
    case colon
    case equals
    case at
    case bracketLeft
    case bracketRight
    case braceLeft
    case pipe
    case braceRight
    case name
    case int
    case float
    case string
    case blockString
    case comment

    /// Punctuators are quoted in error messages (`Expected ":"`), other kinds are named (`Expected Name`).
    var isPunctuator: Bool {
        switch self {
        case .bang, .dollar, .ampersand, .parenLeft, .parenRight, .spread, .colon, .equals, .at, .bracketLeft,
            .bracketRight, .braceLeft, .pipe, .braceRight:
            true
        case .startOfFile, .endOfFile, .name, .int, .float, .string, .blockString, .comment:
            false
        }
    }

    /// The token's spelling (punctuators) or name (everything else), as graphql-js prints it.
    var text: String {
        switch self {
        case .startOfFile: "<SOF>"
        case .endOfFile: "<EOF>"
        case .bang: "!"
        case .dollar: "$"
        case .ampersand: "&"
        case .parenLeft: "("
        case .parenRight: ")"
        case .spread: "..."
        case .colon: ":"
        case .equals: "="
        case .at: "@"
        case .bracketLeft: "["
        case .bracketRight: "]"
        case .braceLeft: "{"
        case .pipe: "|"
        case .braceRight: "}"
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        case .comment: "Comment"
        }
    }

    /// How error messages name this kind: `"}"` for punctuators, `Name` or `<EOF>` otherwise.
    var description: String { isPunctuator ? "\"\(text)\"" : text }
}
