import GraphQLEngine
import Hummingbird
import Logging

extension GraphQLController {
    /// Prepares (parse, validate, select the operation) and executes one request, answering in `mediaType`; a
    /// mutation arriving over GET is refused before it runs, the context factory runs only for requests that
    /// will execute, and a mutation carrying an idempotency key runs at most once per key.
    func execute(
        _ graphQLRequest: GraphQLRequest, request: Request, context: some RequestContext,
        answeringAs mediaType: GraphQLResponseMediaType
    ) async throws(GraphQLHTTPFailure) -> Response {
        let operation: PreparedOperation
        switch service.prepare(graphQLRequest) {
        case .failed(let result): return GraphQLHTTPResponse.result(result, as: mediaType)
        case .ready(let prepared): operation = prepared
        }
        if request.method != .post, operation.operationType == .mutation {
            throw .methodNotAllowed("Mutations can only be sent with POST.", allow: "POST")
        }
        let scope = try await requestScope(for: request, context: context)
        let run = { @Sendable () async -> GraphQLResult in
            await execute(operation, in: scope, logger: context.logger)
        }
        if let idempotency, operation.operationType == .mutation,
            let rootFields = service.rootFieldSelections(of: operation),
            let mutation = try IdempotentMutation(
                headers: request.headers, request: graphQLRequest, rootFields: rootFields,
                callerID: idempotency.callerID(scope.context), exemptRootFields: idempotency.exemptRootFields)
        {
            return try await runOnce(mutation, options: idempotency, answeringAs: mediaType, logger: context.logger, run)
        }
        return GraphQLHTTPResponse.result(await run(), as: mediaType)
    }

    /// Executes a prepared operation in its request scope, logging every resolver error that gets masked.
    private func execute(
        _ operation: PreparedOperation, in scope: RequestScope, logger: Logger
    ) async -> GraphQLResult {
        await service.execute(
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
    ) async throws(GraphQLHTTPFailure) -> RequestScope {
        do {
            let (resolverContext, dispatcher) = try await makeContext(request, context.id)
            return RequestScope(context: resolverContext, dispatcher: dispatcher)
        } catch let error as any UserFacingError {
            throw .refused(error)
        } catch {
            context.logger.error("GraphQL context factory failed", metadata: ["error": "\(error)"])
            throw .internalError
        }
    }
}

/// What the context factory made for one request: the resolvers' context and its batch dispatcher.
struct RequestScope: Sendable {
    let context: any Sendable
    let dispatcher: (any BatchDispatcher)?
}
