import GraphQLEngine
import Hummingbird
import Logging

extension GraphQLController {
    /// Parses, validates and executes one request (graphql-js's `graphql()` pipeline), stopping at the first
    /// stage that fails; a mutation arriving over GET is refused before validation.
    func execute(
        _ parameters: GraphQLRequestParameters, request: Request, context: some RequestContext
    ) async throws(GraphQLHTTPFailure) -> GraphQLResult {
        let source = Source(parameters.query)
        let document: Document
        do {
            document = try parse(source, options: parseOptions)
        } catch {
            return .requestErrors([error])
        }
        if request.method != .post, Self.operationType(in: document, named: parameters.operationName) == .mutation {
            throw .methodNotAllowed("Mutations can only be sent with POST.", allow: "POST")
        }
        var validationOptions = validationOptions
        validationOptions.variableValues = parameters.variables
        let validationErrors = validate(schema: schema, document: document, source: source, options: validationOptions)
        guard validationErrors.isEmpty else { return .requestErrors(validationErrors) }

        let scope = try await requestScope(for: request, context: context)
        let logger = context.logger
        return await GraphQLEngine.execute(
            schema: schema,
            request: ExecutionRequest(
                document: document, operationName: parameters.operationName, variables: parameters.variables,
                context: scope.context, dispatcher: scope.dispatcher, source: source,
                errorLogger: { error, path in
                    logger.error(
                        "Resolver error masked as INTERNAL_SERVER_ERROR",
                        metadata: ["path": "\(path.map(\.description).joined(separator: "."))", "error": "\(error)"])
                }))
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

    /// The type of the operation a request would run (the named one, or the only one); `nil` when ambiguous
    /// or missing, which execution then reports.
    static func operationType(in document: Document, named name: String?) -> OperationType? {
        let operations = document.definitions.compactMap { definition -> OperationDefinition? in
            if case .operation(let operation) = definition { return operation }
            return nil
        }
        if let name { return operations.first { $0.name?.value == name }?.operation }
        return operations.count == 1 ? operations[0].operation : nil
    }
}
