import GraphQLEngine

/// The resolvers of one object type, with typed access to its source values and the request context.
///
/// Every field of `schema.graphql` gets an explicit resolver (start-up refuses a schema with a field
/// left out), so these helpers keep each one to a line.
public struct ObjectResolvers<Source: Sendable> {
    public let typeName: String
    public private(set) var fields: [String: FieldResolver] = [:]

    public init(_ typeName: String, as source: Source.Type = Source.self) {
        self.typeName = typeName
    }

    /// A field read straight off the source value.
    public mutating func field(_ name: String, _ read: @escaping @Sendable (Source) -> (any Sendable)?) {
        let typeName = typeName
        fields[name] = { source, _, _ in
            .value(read(try Self.cast(source, typeName: typeName)))
        }
    }

    /// A field that needs its arguments or the request context.
    public mutating func field(
        _ name: String,
        _ resolve: @escaping @Sendable (Source, ObjectValue, RequestContext) throws -> Resolution
    ) {
        let typeName = typeName
        fields[name] = { source, arguments, info in
            try resolve(try Self.cast(source, typeName: typeName), arguments, try RequestContext.of(info))
        }
    }

    static func cast(_ source: any Sendable, typeName: String) throws -> Source {
        guard let typed = source as? Source else {
            throw ResolverWiringError("\(typeName) resolver got a \(type(of: source)), expected \(Source.self).")
        }
        return typed
    }
}

extension ResolverMap {
    /// Adds one type's resolvers; a type registered twice is a wiring bug caught at start-up.
    public mutating func add<Source>(_ resolvers: ObjectResolvers<Source>) {
        precondition(fields[resolvers.typeName] == nil, "\(resolvers.typeName) resolvers registered twice")
        fields[resolvers.typeName] = resolvers.fields
    }
}

extension RequestContext {
    /// The context the HTTP layer passed to `execute`.
    static func of(_ info: ResolveInfo) throws -> RequestContext {
        guard let context = info.context as? RequestContext else {
            throw ResolverWiringError("Resolver ran without a RequestContext.")
        }
        return context
    }
}

/// A programming error in how resolvers are wired; always masked as INTERNAL_SERVER_ERROR.
struct ResolverWiringError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Resolution {
    /// A value a DataLoader delivers later.
    public static func load<Value: Sendable>(_ promise: Promise<Value>) -> Resolution { .deferred(promise) }

    /// Work that must suspend (a paginated query, a mutation).
    public static func run(_ work: @escaping @Sendable () async throws -> (any Sendable)?) -> Resolution {
        .async(work)
    }
}
