import GraphQLEngine
import HTTPTypes
import Hummingbird

/// Serves GraphQL over HTTP at `/graphql`: POST with a JSON body, GET with URL parameters for queries only,
/// responses as `application/graphql-response+json` or `application/json` following the GraphQL-over-HTTP
/// specification's status rules.
///
/// The controller knows nothing of the API it serves: the GraphQL service (schema, limits), a context
/// factory (viewer, loaders, store for one request) and, optionally, where idempotency keys of retried mutations
/// are kept are given by whoever mounts it.
public struct GraphQLController: Sendable {
    /// Builds one request's resolver context and its batch dispatcher (usually a `DataLoaderRegistry`) from the
    /// HTTP request (e.g. its `Authorization: Bearer` header) and the request's id.
    ///
    /// A thrown `UserFacingError` refuses the request with its message (401 for `UNAUTHENTICATED`, 403 for
    /// `FORBIDDEN`); anything else is logged and answered with a masked 500.
    public typealias ContextFactory = @Sendable (_ request: Request, _ requestID: String) async throws -> (
        context: any Sendable, dispatcher: (any BatchDispatcher)?
    )

    let service: GraphQLService
    /// Answers browsers that open `/graphql` directly with the playground page; `nil` to never serve a page.
    let playground: PlaygroundController?
    let makeContext: ContextFactory
    /// De-duplicates retried mutations by their idempotency keys; `nil` to run every mutation as it comes.
    let idempotency: IdempotencyOptions?
    /// Query texts learned from automatic persisted queries; `nil` to require the text in every request.
    let persistedQueries: PersistedQueryCache?

    public init(
        service: GraphQLService, playground: PlaygroundController? = nil, idempotency: IdempotencyOptions? = nil,
        persistedQueries: PersistedQueryCache? = nil, makeContext: @escaping ContextFactory
    ) {
        self.service = service
        self.playground = playground
        self.idempotency = idempotency
        self.persistedQueries = persistedQueries
        self.makeContext = makeContext
    }

    /// The methods `/graphql` serves, as the `Allow` header lists them.
    static var allowedMethods: String { "GET, POST" }

    /// Mounts GET and POST `/graphql` (HEAD comes with GET) and answers other methods with 405.
    public func addRoutes(to router: Router<some RequestContext>) {
        router.get("graphql") { request, context in
            await respond(to: request, context: context)
        }
        router.post("graphql") { request, context in
            await respond(to: request, context: context)
        }
        for method in [HTTPRequest.Method.put, .patch, .delete] {
            router.on("graphql", method: method) { request, _ in
                let failure = GraphQLHTTPFailure.methodNotAllowed(
                    "\(method.rawValue) is not supported: send GET or POST.", allow: Self.allowedMethods)
                return GraphQLHTTPResponse.failure(failure, as: .negotiate(accept: request.headers[.accept]) ?? .json)
            }
        }
    }

    /// One GET or POST: the playground for browsers, 406 when neither JSON type is acceptable, else the GraphQL
    /// result or the refusal in the negotiated media type.
    func respond(to request: Request, context: some RequestContext) async -> Response {
        if request.method != .post, let playground, PlaygroundController.prefersHTML(request) {
            return playground.indexResponse(for: request)
        }
        guard let mediaType = GraphQLResponseMediaType.negotiate(accept: request.headers[.accept]) else {
            return GraphQLHTTPResponse.failure(.notAcceptable, as: .json)
        }
        do {
            let graphQLRequest = try await readGraphQLRequest(request, context: context)
            return try await execute(graphQLRequest, request: request, context: context, answeringAs: mediaType)
        } catch {
            return GraphQLHTTPResponse.failure(error, as: mediaType)
        }
    }

    /// The request's parameters: from the URL for GET, from a UTF-8 JSON body within the size limit for POST.
    private func readGraphQLRequest(
        _ request: Request, context: some RequestContext
    ) async throws(GraphQLHTTPFailure) -> GraphQLRequest {
        if request.method != .post {
            return try GraphQLRequest(urlQuery: URLQueryItems(request.uri.query), persistedQueries: persistedQueries)
        }
        try JSONRequestContentType.check(request.headers[.contentType])
        let limit = context.maxUploadSize
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw .contentTooLarge(limit: limit)
        } catch {
            throw .badRequest("The request body could not be read.")
        }
        return try GraphQLRequest(jsonBody: body.readableBytesView, persistedQueries: persistedQueries)
    }
}
