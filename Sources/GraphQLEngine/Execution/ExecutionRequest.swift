/// Everything one execution of a validated document needs besides the schema.
public struct ExecutionRequest: Sendable {
    public var document: Document
    /// Picks the operation when the document holds several.
    public var operationName: String?
    /// The raw variable values (decoded JSON), coerced against the operation's definitions.
    public var variables: ObjectValue?
    /// Handed to every resolver as `info.context` (viewer, loaders, store).
    public var context: any Sendable
    /// The source of the root fields.
    public var rootValue: any Sendable
    /// Dispatched between levels of the result so `.deferred` loads of a level go out as one batch; required
    /// when resolvers return DataLoader promises, which settle only when dispatched.
    public var dispatcher: (any BatchDispatcher)?
    /// The document's text, so errors can report line and column; without it errors carry no locations.
    public var source: Source?
    /// Receives every resolver error that is masked as `INTERNAL_SERVER_ERROR`, with its path, for logging.
    public var errorLogger: (@Sendable (any Error, [PathComponent]) -> Void)?

    public init(
        document: Document, operationName: String? = nil, variables: ObjectValue? = nil,
        context: any Sendable = (), rootValue: any Sendable = (), dispatcher: (any BatchDispatcher)? = nil,
        source: Source? = nil, errorLogger: (@Sendable (any Error, [PathComponent]) -> Void)? = nil
    ) {
        self.document = document
        self.operationName = operationName
        self.variables = variables
        self.context = context
        self.rootValue = rootValue
        self.dispatcher = dispatcher
        self.source = source
        self.errorLogger = errorLogger
    }
}

/// The response of one GraphQL request: `{ data, errors, extensions }`.
public struct GraphQLResult: Sendable, Equatable {
    /// The result tree; `nil` means the key is absent (a request error stopped execution before it began).
    public var data: Value?
    public var errors: [GraphQLError]
    public var extensions: ObjectValue?

    public init(data: Value? = nil, errors: [GraphQLError] = [], extensions: ObjectValue? = nil) {
        self.data = data
        self.errors = errors
        self.extensions = extensions
    }

    /// A failure before execution (parse, validation, operation selection, variables): errors and no data.
    public static func requestErrors(_ errors: [GraphQLError]) -> GraphQLResult {
        GraphQLResult(data: nil, errors: errors)
    }
}
