import GraphQLEngine

/// How `node(id:)` and `nodes(ids:)` fetch each kind of object: one loader-backed fetcher per `NodeKind`.
///
/// A fetcher returns the object only when the viewer may see it; hidden and missing objects both read
/// as null, so an ID never reveals whether something exists.
struct NodeFetchers: Sendable {
    typealias Fetcher = @Sendable (_ key: Int64, _ context: RequestContext) -> Promise<(any Sendable)?>

    private var fetchers: [NodeKind: Fetcher] = [:]

    /// Registers the fetcher of one kind; each kind belongs to exactly one area.
    mutating func add(_ kind: NodeKind, _ fetcher: @escaping Fetcher) {
        precondition(fetchers[kind] == nil, "\(kind) node fetcher registered twice")
        fetchers[kind] = fetcher
    }

    /// The object an encoded ID names, or null when it is malformed, unknown or hidden.
    func fetch(_ id: String, context: RequestContext) -> Promise<(any Sendable)?> {
        guard let id = GlobalID.decode(id), let fetcher = fetchers[id.kind] else { return Promise(value: nil) }
        return fetcher(id.key, context)
    }

    /// Adds `Query.node` and `Query.nodes`.
    static func registerQueries(_ query: inout ObjectResolvers<RootValue>, fetchers: NodeFetchers) {
        query.field("node") { _, arguments, context in
            .load(fetchers.fetch(arguments["id"]?.stringValue ?? "", context: context))
        }
        query.field("nodes") { _, arguments, context in
            let ids = arguments["ids"]?.listValue?.compactMap(\.stringValue) ?? []
            guard ids.count <= PageRequest.maximumPageSize else {
                throw APIError.badInput(
                    "nodes accepts at most \(PageRequest.maximumPageSize) IDs, got \(ids.count).", field: "ids")
            }
            return .load(Promise.all(ids.map { fetchers.fetch($0, context: context) }))
        }
    }
}
