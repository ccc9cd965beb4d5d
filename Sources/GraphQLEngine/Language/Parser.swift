/// A recursive-descent parser for GraphQL documents (spec §2 and §3) with one token of lookahead.
///
/// The grammar productions live in the `Parser+…` extensions, each method documented with the
/// production it implements; this file holds the token handling they share: consuming and
/// expecting tokens, the token and depth limits, locations and graphql-js's error wording.
struct Parser {
    private var lexer: Lexer
    /// The current token: the next one a production looks at or consumes.
    private(set) var token = Token(.startOfFile, start: 0, end: 0)
    /// Where the last consumed token ended; a node's location runs from its first token to here.
    private var lastEnd = 0
    private var tokenCount = 0
    private var depth = 0
    private let options: ParseOptions
    /// The items of the lists being parsed, until each list closes (see `many`).
    private var scratch: ListScratch

    private init(bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions, scratch: ListScratch) {
        self.lexer = Lexer(bytes: bytes)
        self.options = options
        self.scratch = scratch
    }

    /// Runs `production` over `source` and reports a syntax error as a `GraphQLError` with its line and column.
    static func parse<Node>(
        _ source: Source, options: ParseOptions, _ production: (inout Parser) throws(SyntaxError) -> Node
    ) throws(GraphQLError) -> Node {
        let outcome = source.bytes.withUnsafeBufferPointer { bytes in
            run(production, over: bytes, options: options)
        }
        switch outcome {
        case .success(let node): return node
        case .failure(let error): throw error.graphQLError(in: source)
        }
    }

    /// Runs `production` over the text's own UTF-8 storage: a `Source` (a copy of the bytes) is made only
    /// when a syntax error needs its line and column.
    static func parse<Node>(
        _ text: String, options: ParseOptions, _ production: (inout Parser) throws(SyntaxError) -> Node
    ) throws(GraphQLError) -> Node {
        var text = text
        let outcome = text.withUTF8 { bytes in run(production, over: bytes, options: options) }
        switch outcome {
        case .success(let node): return node
        case .failure(let error): throw error.graphQLError(in: Source(text))
        }
    }

    /// A parser over `bytes` running `production`, its syntax error as a value; the parser's list
    /// stack starts in a buffer on this function's stack frame.
    private static func run<Node>(
        _ production: (inout Parser) throws(SyntaxError) -> Node, over bytes: UnsafeBufferPointer<UInt8>,
        options: ParseOptions
    ) -> Result<Node, SyntaxError> {
        // Locations store 32-bit offsets; a larger document (far past any request limit) is refused outright.
        guard bytes.count <= Location.maxOffset else {
            return .failure(SyntaxError("Document exceeds \(Location.maxOffset) bytes.", at: 0))
        }
        var stackBuffer = ListScratchStackBuffer()
        return stackBuffer.withBytes { stack in
            var parser = Parser(bytes: bytes, options: options, scratch: ListScratch(initialStorage: stack))
            defer { parser.scratch.deallocate() }
            return Result { () throws(SyntaxError) in try production(&parser) }
        }
    }

    // MARK: - Tokens

    /// Consumes the current token, counting it against `maxTokens`.
    mutating func advance() throws(SyntaxError) {
        lastEnd = token.end
        token = try lexer.next()
        guard token.kind != .endOfFile else { return }
        tokenCount &+= 1
        if tokenCount > options.maxTokens { throw tooManyTokens() }
    }

    /// The error for the token past `maxTokens`; out of line, so `advance` keeps no registers for it.
    @inline(never)
    private func tooManyTokens() -> SyntaxError {
        SyntaxError("Document contains more than \(options.maxTokens) tokens. Parsing aborted.", at: token.start)
    }

    /// The token after the current one, without consuming anything.
    func lookahead() throws(SyntaxError) -> Token {
        var copy = lexer
        return try copy.next()
    }

    /// Whether the current token is of `kind`, without consuming it.
    func peek(_ kind: TokenKind) -> Bool {
        token.kind == kind
    }

    /// Consumes a token of `kind` or fails with `Expected <kind>, found <token>.`; always inlined, as
    /// nearly every production calls it and the call cost about as much as the check itself.
    @discardableResult @inline(__always)
    mutating func expect(_ kind: TokenKind) throws(SyntaxError) -> Token {
        let current = token
        guard current.kind == kind else { throw expected(kind) }
        try advance()
        return current
    }

    /// `Expected <kind>, found <token>.` at the current token; out of line to keep `expect` small.
    @inline(never)
    func expected(_ kind: TokenKind) -> SyntaxError {
        SyntaxError("Expected \(kind), found \(describe(token)).", at: token.start)
    }

    /// Consumes a token of `kind` if it is next.
    mutating func expectOptional(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword` or fails with `Expected "keyword", found <token>.`
    mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard isKeyword(token, keyword) else {
            throw SyntaxError("Expected \"\(keyword)\", found \(describe(token)).", at: token.start)
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is next.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool {
        guard isKeyword(token, keyword) else { return false }
        try advance()
        return true
    }

    /// Whether `token` is a name spelled `keyword`, compared byte by byte without making a `String`;
    /// inlined so the keyword's length is a constant and most tokens fail on it at once.
    @inline(__always)
    func isKeyword(_ token: Token, _ keyword: StaticString) -> Bool {
        let length = keyword.utf8CodeUnitCount
        guard token.kind == .name, token.end - token.start == length else { return false }
        let spelling = keyword.utf8Start
        for offset in 0..<length where lexer.bytes[token.start + offset] != spelling[offset] {
            return false
        }
        return true
    }

    /// A name's or number's spelling.
    func text(of token: Token) -> String {
        lexer.text(of: token)
    }

    /// A string token's value: escapes resolved, or dedented for a block string.
    func stringValue(of token: Token) throws(SyntaxError) -> String {
        try lexer.value(ofStringToken: token)
    }

    // MARK: - Errors

    /// `Unexpected <token>.` at the given token, the current one by default.
    func unexpected(_ token: Token? = nil) -> SyntaxError {
        let token = token ?? self.token
        return SyntaxError("Unexpected \(describe(token)).", at: token.start)
    }

    /// A token as error messages show it: its kind, then its value in quotes when it has one (`Name "foo"`).
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .name, .int, .float, .comment: "\(token.kind) \"\(text(of: token))\""
        case .string, .blockString: "\(token.kind) \"\((try? stringValue(of: token)) ?? "")\""
        default: token.kind.description
        }
    }

    // MARK: - Locations and limits

    /// The location of a node whose first token started at `start` and whose last token was just consumed.
    func location(from start: Int) -> Location {
        options.noLocation ? Location(start: 0, end: 0) : Location(start: start, end: lastEnd)
    }

    /// Enters one more level of nesting at the current token, failing past `maxDepth` before the
    /// recursion can go any deeper.
    @inline(__always)
    mutating func enterNesting() throws(SyntaxError) {
        depth &+= 1
        if depth > options.maxDepth { throw tooDeep() }
    }

    /// The error for nesting past `maxDepth`; out of line, as `enterNesting` is inlined everywhere.
    @inline(never)
    private func tooDeep() -> SyntaxError {
        SyntaxError("Document exceeds the maximum nesting depth of \(options.maxDepth).", at: token.start)
    }

    /// Leaves the level `enterNesting` entered, once its closing bracket is consumed.
    mutating func leaveNesting() {
        depth &-= 1
    }

    // MARK: - Repetition
    //
    // Each list pushes its items onto `scratch` and moves them into an array of exactly their count
    // when it closes; if an item fails, the list destroys the items it pushed before the error goes
    // on. Written out in each method rather than shared through a closure, which the optimizer
    // would leave as an indirect call per list.

    /// Parses one item with `parseItem` and pushes it onto the list being built.
    @inline(__always)
    private mutating func push<Item>(_ parseItem: (inout Parser) throws(SyntaxError) -> Item) throws(SyntaxError) {
        scratch.push(try parseItem(&self))
    }

    /// `open item+ close`: one or more items between the delimiters.
    mutating func many<Item>(
        _ open: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item, _ close: TokenKind
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        let mark = scratch.top
        do throws(SyntaxError) {
            repeat {
                try push(item)
            } while try !expectOptional(close)
        } catch {
            scratch.discard(from: mark, as: Item.self)
            throw error
        }
        return scratch.popArray(from: mark)
    }

    /// `(open item+ close)?`: nothing, or one or more items between the delimiters.
    mutating func optionalMany<Item>(
        _ open: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item, _ close: TokenKind
    ) throws(SyntaxError) -> [Item] {
        guard token.kind == open else { return [] }
        return try many(open, item, close)
    }

    /// `open item* close`: zero or more items between the delimiters.
    mutating func any<Item>(
        _ open: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item, _ close: TokenKind
    ) throws(SyntaxError) -> [Item] {
        try expect(open)
        let mark = scratch.top
        do throws(SyntaxError) {
            while try !expectOptional(close) {
                try push(item)
            }
        } catch {
            scratch.discard(from: mark, as: Item.self)
            throw error
        }
        return scratch.popArray(from: mark)
    }

    /// `delimiter? item (delimiter item)*`: `A & B`, `| A | B`.
    mutating func delimitedMany<Item>(
        _ delimiter: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        _ = try expectOptional(delimiter)
        let mark = scratch.top
        do throws(SyntaxError) {
            repeat {
                try push(item)
            } while try expectOptional(delimiter)
        } catch {
            scratch.discard(from: mark, as: Item.self)
            throw error
        }
        return scratch.popArray(from: mark)
    }

    /// `item*` for as long as the current token is `first`, the kind every item starts with
    /// (`Directives : Directive+` where directives are optional).
    mutating func manyWhile<Item>(
        _ first: TokenKind, _ item: (inout Parser) throws(SyntaxError) -> Item
    ) throws(SyntaxError) -> [Item] {
        guard token.kind == first else { return [] }
        let mark = scratch.top
        do throws(SyntaxError) {
            repeat {
                try push(item)
            } while token.kind == first
        } catch {
            scratch.discard(from: mark, as: Item.self)
            throw error
        }
        return scratch.popArray(from: mark)
    }
}
