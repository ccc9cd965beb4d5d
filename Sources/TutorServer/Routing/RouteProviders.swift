import PostgresNIO

/// Every controller the server mounts, built from the dependencies they share.
///
/// This is the one place an endpoint group is registered: the GraphQL and playground controllers join the list
/// here.
func routeProviders(configuration: ServerConfiguration, database: PostgresClient) throws -> [any RouteProvider] {
    [
        HealthController(database: database)
    ]
}
