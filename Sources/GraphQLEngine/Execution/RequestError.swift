/// Errors that stop a request before execution begins (operation selection, variable coercion).
///
/// The response then carries these errors and no `data` key.
struct RequestError: Error {
    var errors: [GraphQLError]

    init(_ errors: [GraphQLError]) { self.errors = errors }

    init(_ message: String, locations: [SourcePosition] = [], code: ErrorCode = .badUserInput) {
        errors = [GraphQLError(message, locations: locations, code: code)]
    }
}

extension Optional<Source> {
    /// Line and column of each node start, or none when the document's text is unknown.
    func positions(of locations: some Sequence<Location>) -> [SourcePosition] {
        guard let source = self else { return [] }
        return locations.map { source.position(of: $0.start) }
    }
}
