/// Why an input value (a literal or a variable's JSON) does not fit its type, and where inside it.
///
/// `path` leads from the top-level value to the offending part (`["input", "address", 0]`-style,
/// without the variable or argument name) so callers write graphql-js's
/// `Variable "$input" got invalid value …; …` messages themselves.
public struct InputCoercionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var path: [PathComponent]
    /// The part of the input that was rejected.
    public var value: Value?

    public init(_ message: String, path: [PathComponent] = [], value: Value? = nil) {
        self.message = message
        self.path = path
        self.value = value
    }

    public var description: String { message }
}

extension [PathComponent] {
    /// graphql-js's `printPathArray`: `.field[0].other`, appended to a variable name in messages.
    public var printedInputPath: String {
        map { component in
            switch component {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }
}
