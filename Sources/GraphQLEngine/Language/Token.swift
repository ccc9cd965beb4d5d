/// One lexical token: its kind and byte range in the source.
///
/// Plain data, so tokens copy for free: a name's or number's text and a string's value are read
/// from the source bytes only when the parser builds a node from the token.
struct Token: Sendable, Equatable {
    var kind: TokenKind
    var start: Int
    var end: Int

    init(_ kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
