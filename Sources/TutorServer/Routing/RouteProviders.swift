import GraphQLEngine
import HTTPTypes
import Hummingbird
import Logging
import PostgresNIO
import TutorAPI
import TutorStore

/// Every controller the server mounts, built from the dependencies they share.
///
/// This is the one place an endpoint group is registered.
func routeProviders(
    configuration: ServerConfiguration, database: PostgresClient, logger: Logger
) throws -> [any RouteProvider] {
    let playground = try PlaygroundController()
    let api = try TutorGraphAPI(
        schemaSDL: TutorGraphAPI.loadSchemaSDL(),
        dependencies: APIDependencies(
            store: Store(database: Database(client: database, logger: logger)),
            tokens: AccessTokenService(secret: configuration.jwtSecret),
            logger: logger))
    let graphQL = GraphQLController(
        service: GraphQLService(schema: api.schema, validationOptions: configuration.graphQL.validationOptions),
        playground: playground
    ) { request, requestID in
        let context = try api.makeContext(authorization: request.headers[.authorization], requestID: requestID)
        return (context, context.loaders)
    }
    return [HealthController(database: database), playground, graphQL]
}

extension GraphQLLimits {
    /// The engine's validation options for these limits.
    var validationOptions: ValidationOptions {
        var options = ValidationOptions()
        options.maxDepth = maxDepth
        options.maxCost = maxCost
        options.allowIntrospection = introspectionEnabled
        return options
    }
}
