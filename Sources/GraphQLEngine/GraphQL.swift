/// One GraphQL request as a client sends it (the body of a GraphQL-over-HTTP request).
public struct GraphQLRequest: Sendable, Equatable {
    public var query: String
    public var operationName: String?
    public var variables: ObjectValue?
    public var extensions: ObjectValue?

    public init(query: String, operationName: String? = nil, variables: ObjectValue? = nil, extensions: ObjectValue? = nil) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.extensions = extensions
    }
}

/// A request that parsed, validated and names an operation: ready to execute, and telling the HTTP layer
/// which kind of operation it is (a mutation over GET must be refused before it runs).
public struct PreparedOperation: Sendable {
    public let document: Document
    public let source: Source
    public let operation: OperationDefinition
    public let variables: ObjectValue?

    public var operationType: OperationType { operation.operation }
}

/// The outcome of preparing a request: an operation to execute, or the response that ends it (request
/// errors and no `data`).
public enum Preparation: Sendable {
    case ready(PreparedOperation)
    case failed(GraphQLResult)
}

/// The whole pipeline over one schema: parse → validate → execute, each stage returning its errors early,
/// the way graphql-js's `graphql()` reads; parsed and validated documents are cached by query text.
public final class GraphQLService: Sendable {
    public let schema: GraphQLSchema
    public let parseOptions: ParseOptions
    public let validationOptions: ValidationOptions
    let documents: DocumentCache

    public init(
        schema: GraphQLSchema, parseOptions: ParseOptions = .init(), validationOptions: ValidationOptions = .init(),
        documentCacheCapacity: Int = 1_000
    ) {
        self.schema = schema
        self.parseOptions = parseOptions
        self.validationOptions = validationOptions
        documents = DocumentCache(capacity: documentCacheCapacity)
    }

    /// Parses, validates and executes `request`.
    public func run(
        _ request: GraphQLRequest, context: any Sendable = (), rootValue: any Sendable = (),
        dispatcher: (any BatchDispatcher)? = nil, errorLogger: (@Sendable (any Error, [PathComponent]) -> Void)? = nil
    ) async -> GraphQLResult {
        switch prepare(request) {
        case .failed(let result):
            return result
        case .ready(let operation):
            return await execute(
                operation, context: context, rootValue: rootValue, dispatcher: dispatcher, errorLogger: errorLogger)
        }
    }

    /// Parses (code `GRAPHQL_PARSE_FAILED`), validates (code `GRAPHQL_VALIDATION_FAILED`) and selects the
    /// operation, stopping at the first stage that fails.
    public func prepare(_ request: GraphQLRequest) -> Preparation {
        let cached: CachedDocument
        if let hit = documents.document(for: request.query) {
            cached = hit
        } else {
            let source = Source(request.query)
            do {
                let document = try parse(source, options: parseOptions)
                cached = CachedDocument(
                    document: document, source: source,
                    validationErrors: validationDependsOnVariables(document)
                        ? nil : validate(schema: schema, document: document, source: source, options: validationOptions))
                documents.store(cached, for: request.query)
            } catch {
                return .failed(.requestErrors([error]))
            }
        }
        let validationErrors = cached.validationErrors ?? validate(
            schema: schema, document: cached.document, source: cached.source,
            options: validationOptions(variables: request.variables))
        guard validationErrors.isEmpty else { return .failed(.requestErrors(validationErrors)) }
        do {
            let operation = try selectOperation(in: cached.document, named: request.operationName)
            return .ready(
                PreparedOperation(
                    document: cached.document, source: cached.source, operation: operation,
                    variables: request.variables))
        } catch {
            return .failed(.requestErrors(error.errors))
        }
    }

    /// Executes a prepared operation; `dispatcher` runs the request's DataLoader batches between levels.
    public func execute(
        _ operation: PreparedOperation, context: any Sendable = (), rootValue: any Sendable = (),
        dispatcher: (any BatchDispatcher)? = nil, errorLogger: (@Sendable (any Error, [PathComponent]) -> Void)? = nil
    ) async -> GraphQLResult {
        await GraphQLEngine.execute(
            schema: schema,
            request: ExecutionRequest(
                document: operation.document, operationName: operation.operation.name?.value,
                variables: operation.variables, context: context, rootValue: rootValue, dispatcher: dispatcher,
                source: operation.source, errorLogger: errorLogger))
    }

    /// A cost limit reads `first: $count` from the variables, so such documents validate per request.
    private func validationDependsOnVariables(_ document: Document) -> Bool {
        guard validationOptions.maxCost != nil else { return false }
        return document.definitions.contains { definition in
            if case .operation(let operation) = definition { return !operation.variableDefinitions.isEmpty }
            return false
        }
    }

    private func validationOptions(variables: ObjectValue?) -> ValidationOptions {
        var options = validationOptions
        options.variableValues = variables
        return options
    }
}
