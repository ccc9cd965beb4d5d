import GraphQLEngine
import Hummingbird
import Logging

extension GraphQLController {
    /// Prepares (parse, validate, select the operation) and executes one request; a mutation arriving over GET
    /// is refused before it runs, and the context factory runs only for requests that will execute.
    func execute(
        _ graphQLRequest: GraphQLRequest, request: Request, context: some RequestContext
    ) async throws(GraphQLHTTPFailure) -> GraphQLResult {
        let operation: PreparedOperation
        switch service.prepare(graphQLRequest) {
        case .failed(let result): return result
        case .ready(let prepared): operation = prepared
        }
        if request.method != .post, operation.operationType == .mutation {
            throw .methodNotAllowed("Mutations can only be sent with POST.", allow: "POST")
        }
        let scope = try await requestScope(for: request, context: context)
        let logger = context.logger
        return await service.execute(
            operation, context: scope.context, dispatcher: scope.dispatcher,
            errorLogger: { error, path in
                logger.error(
                    "Resolver error masked as INTERNAL_SERVER_ERROR",
                    metadata: ["path": "\(path.map(\.description).joined(separator: "."))", "error": "\(error)"])
            })
    }

    /// The resolver context from the factory, its refusals turned into HTTP failures.
    private func requestScope(
        for request: Request, context: some RequestContext
    ) async throws(GraphQLHTTPFailure) -> (context: any Sendable, dispatcher: (any BatchDispatcher)?) {
        do {
            return try await makeContext(request, context.id)
        } catch let error as any UserFacingError {
            throw .refused(error)
        } catch {
            context.logger.error("GraphQL context factory failed", metadata: ["error": "\(error)"])
            throw .internalError
        }
    }
}
