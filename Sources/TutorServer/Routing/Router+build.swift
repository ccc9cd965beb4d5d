import Hummingbird
import Logging
import PostgresNIO

/// Builds the router: the shared middleware chain first, then every controller's routes.
///
/// Middleware order matters: the request id is outermost so every later log line and every response, errors
/// included, carries it; the access log sits inside it so its line has the id and the final status.
func buildRouter(
    configuration: ServerConfiguration, database: PostgresClient,
    logger: Logger = Logger(label: "tutorgraph.router")
) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.middlewares.add(RequestIDMiddleware())
    router.middlewares.add(AccessLogMiddleware())
    router.middlewares.add(RequestBodyLimitMiddleware(limit: configuration.requestBodyLimit))
    for provider in try routeProviders(configuration: configuration, database: database, logger: logger) {
        provider.addRoutes(to: router)
    }
    return router
}
