/// A type as fields, arguments and variables refer to it: a named type wrapped in lists and non-null.
///
/// Named types are referred to by name and looked up in the `GraphQLSchema`, which keeps the
/// model free of reference cycles while staying immutable and `Sendable`.
public indirect enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case named(String)
    case list(TypeReference)
    case nonNull(TypeReference)

    /// The name of the named type at the core of any wrapping.
    public var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    public var isList: Bool {
        switch self {
        case .list: true
        case .nonNull(let inner): inner.isList
        case .named: false
        }
    }

    /// The same type without an outer non-null wrapper.
    public var nullable: TypeReference {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    /// SDL notation: `[String!]!`.
    public var description: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }
}

extension TypeReference {
    /// Converts a parsed type (`TypeNode`) to a reference.
    public init(_ node: TypeNode) {
        switch node.shape {
        case .named(let named): self = .named(named.name.value)
        case .list(let inner, _): self = .list(TypeReference(inner))
        case .nonNull(let inner, _): self = .nonNull(TypeReference(inner))
        }
    }
}
