import GraphQLEngine

/// The source value of `Query` and `Mutation` fields: nothing; root fields read the request context.
typealias RootValue = Void

/// One area of the API (reference data, tutors, bookings, …): its types' resolvers and its root fields.
protocol APIArea {
    /// Adds the area's object types, connections and type resolvers.
    static func register(_ map: inout ResolverMap)
    /// Adds the area's fields of `Query`.
    static func registerQueries(_ query: inout ObjectResolvers<RootValue>)
    /// Adds the area's fields of `Mutation`.
    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>)
    /// Adds how `node(id:)` fetches the area's `Node` types, through their loaders.
    static func registerNodes(_ nodes: inout NodeFetchers)
}

extension APIArea {
    static func register(_ map: inout ResolverMap) {}
    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {}
    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {}
    static func registerNodes(_ nodes: inout NodeFetchers) {}
}

/// Every area's resolvers, gathered into the map `buildSchema` binds to `schema.graphql`.
enum APIResolvers {
    /// The areas of the API; a new area adds one line here.
    static var areas: [any APIArea.Type] {
        [
            CommonResolvers.self,
            ReferenceResolvers.self,
            AccountResolvers.self,
            TutorResolvers.self,
            StudentResolvers.self,
            BookingResolvers.self,
            BookingMutationResolvers.self,
            PackagePurchaseResolvers.self,
            PaymentResolvers.self,
            PaymentWriteResolvers.self,
            ReviewResolvers.self,
            CommunicationResolvers.self,
            ModerationResolvers.self,
            AdministrationResolvers.self,
        ]
    }

    static func all() -> ResolverMap {
        var map = ResolverMap()
        var query = ObjectResolvers("Query", as: RootValue.self)
        var mutation = ObjectResolvers("Mutation", as: RootValue.self)
        var nodes = NodeFetchers()
        for area in areas {
            area.register(&map)
            area.registerQueries(&query)
            area.registerMutations(&mutation)
            area.registerNodes(&nodes)
        }
        NodeFetchers.registerQueries(&query, fetchers: nodes)
        map.add(query)
        map.add(mutation)
        return map
    }
}
