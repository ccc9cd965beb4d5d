import GraphQLEngine

/// `PageInfo` as the schema defines it.
struct PageInfo: Sendable, Hashable {
    var hasNextPage: Bool
    var hasPreviousPage: Bool
    var startCursor: String?
    var endCursor: String?
}

/// One edge: a node and the cursor pointing at it.
struct Edge<Node: Sendable>: Sendable {
    let cursor: Cursor
    let node: Node
}

/// A page of a connection, as a resolver returns it.
///
/// `totalCount` is a deferred closure: it costs a COUNT query, so it runs only when the client asks,
/// and nested connections resolve it through a DataLoader so N parents cost one statement.
struct Connection<Node: Sendable>: Sendable {
    let edges: [Edge<Node>]
    let pageInfo: PageInfo
    let totalCount: @Sendable (RequestContext) -> Resolution

    /// Builds a page from the rows the store returned for `request` (up to `limit + 1` of them, in the
    /// direction of travel), dropping the extra row, which only says that another page exists.
    init(
        rows: [Node], request: PageRequest, cursor: (Node) -> Cursor,
        totalCount: @escaping @Sendable (RequestContext) -> Resolution
    ) {
        let hasMore = rows.count > request.limit
        var page = Array(rows.prefix(request.limit))
        if request.direction == .backward { page.reverse() }
        let edges = page.map { Edge(cursor: cursor($0), node: $0) }
        self.edges = edges
        pageInfo = PageInfo(
            hasNextPage: request.direction == .forward ? hasMore : request.cursor != nil,
            hasPreviousPage: request.direction == .backward ? hasMore : request.cursor != nil,
            startCursor: edges.first?.cursor.encoded,
            endCursor: edges.last?.cursor.encoded
        )
        self.totalCount = totalCount
    }
}

extension ResolverMap {
    /// Registers `<Name>Connection` and `<Name>Edge` for nodes of type `Node`; `edgeNode` picks what
    /// `<Name>Edge.node` returns when the row paged over is not itself the node (a tutor listing carries
    /// its tutor), and the extras add fields such as `TutorEdge.rank` or `NotificationConnection.unreadCount`.
    mutating func addConnection<Node: Sendable>(
        _ name: String, node: Node.Type,
        connectionExtras: (inout ObjectResolvers<Connection<Node>>) -> Void = { _ in },
        edgeExtras: (inout ObjectResolvers<Edge<Node>>) -> Void = { _ in },
        edgeNode: @escaping @Sendable (Node) -> any Sendable = { $0 }
    ) {
        var connection = ObjectResolvers("\(name)Connection", as: Connection<Node>.self)
        connection.field("edges") { $0.edges }
        connection.field("pageInfo") { $0.pageInfo }
        connection.field("totalCount") { connection, _, context in connection.totalCount(context) }
        connectionExtras(&connection)
        add(connection)

        var edge = ObjectResolvers("\(name)Edge", as: Edge<Node>.self)
        edge.field("cursor") { $0.cursor.encoded }
        edge.field("node") { edgeNode($0.node) }
        edgeExtras(&edge)
        add(edge)
    }
}
