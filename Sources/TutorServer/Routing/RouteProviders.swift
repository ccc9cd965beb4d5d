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
    let store = Store(database: Database(client: database, logger: logger))
    let api = try TutorGraphAPI(
        schemaSDL: TutorGraphAPI.loadSchemaSDL(),
        dependencies: APIDependencies(
            store: store, tokens: AccessTokenService(secret: configuration.jwtSecret), logger: logger))
    let graphQL = GraphQLController(
        service: GraphQLService(schema: api.schema, validationOptions: configuration.graphQL.validationOptions),
        playground: playground,
        idempotency: IdempotencyOptions(
            store: store.idempotencyKeys, callerID: { ($0 as? TutorAPI.RequestContext)?.viewer?.userID },
            exemptRootFields: api.schema.mutationFields(returning: "AuthPayload")),
        persistedQueries: PersistedQueryCache()
    ) { request, requestID in
        let context = try api.makeContext(authorization: request.headers[.authorization], requestID: requestID)
        return (context, context.loaders)
    }
    return [HealthController(database: database), playground, graphQL]
}

extension GraphQLSchema {
    /// The mutations whose payload is of type `typeName`: the ones returning `AuthPayload` hand out access and
    /// refresh tokens, which must never be stored as an idempotent response.
    func mutationFields(returning typeName: String) -> Set<String> {
        Set(mutationType?.fields.filter { $0.type.namedType == typeName }.map(\.name) ?? [])
    }
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
