/// The server mounts `/graphql` like any other controller; the generic `addRoutes(to:)` is the witness.
extension GraphQLController: RouteProvider {}
