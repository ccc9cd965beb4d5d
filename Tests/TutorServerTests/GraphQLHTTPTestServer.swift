import Foundation
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TutorServer

/// A request context with a small body limit, so the 413 rule is cheap to test.
struct GraphQLHTTPTestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var maxUploadSize: Int { 4096 }

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// A refusal the test context factory raises for a bad bearer token.
struct GraphQLHTTPTestUnauthenticated: UserFacingError {
    var message: String { "The access token is invalid." }
    var code: ErrorCode { .unauthenticated }
}

/// A response as the tests read it.
struct GraphQLHTTPTestResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    /// The body decoded as a JSON object.
    var json: ObjectValue? { try? JSON.decode(Array(body.utf8)).objectValue }
}

/// A tiny schema mounted behind `GraphQLController`, for the HTTP rules.
enum GraphQLHTTPTestServer {
    static let sdl = """
        type Query { hello(name: String): String!, viewer: String, broken: String, item(id: Int!): String }
        type Mutation { touch: Int! }
        """

    static let schema: GraphQLSchema = {
        let resolvers = ResolverMap(fields: [
            "Query": [
                "hello": { _, arguments, _ in .value("Hello, \(arguments["name"]?.stringValue ?? "world")!") },
                "viewer": { _, _, info in .value((info.context as? TestRequestContext)?.viewer) },
                "broken": { _, _, _ in throw DatabaseUnavailable() },
                "item": { _, arguments, info in
                    let loader = (info.context as! TestRequestContext).items
                    return .deferred(loader.deferred(arguments["id"]!.intValue!))
                },
            ],
            "Mutation": ["touch": { _, _, _ in .value(1) }],
        ])
        return try! buildSchema(sdl, resolvers: resolvers)
    }()

    /// One request's resolver context: the viewer from the bearer token and a loader.
    struct TestRequestContext: Sendable {
        let viewer: String?
        let items: DataLoader<Int, String>
    }

    /// Reads `Authorization: Bearer good` as viewer "alice"; any other token is refused.
    static let makeContext: GraphQLController.ContextFactory = { request, _ in
        var viewer: String?
        if let authorization = request.headers[.authorization] {
            guard authorization == "Bearer good" else { throw GraphQLHTTPTestUnauthenticated() }
            viewer = "alice"
        }
        let registry = DataLoaderRegistry()
        // Each value names its batch's size, so a response shows how its keys were batched.
        let items = DataLoader<Int, String> { keys in
            Dictionary(uniqueKeysWithValues: keys.map { ($0, "item \($0) of \(keys.count)") })
        }
        _ = registry.loader(for: ItemByID.self) { items }
        return (TestRequestContext(viewer: viewer, items: items), registry)
    }

    /// Names the `item` loader in the registry.
    enum ItemByID: DataLoaderKey {
        typealias Key = Int
        typealias Value = String
    }

    /// Runs `test` against an application serving `/graphql`, with the playground when `playgroundDirectory` is set
    /// and automatic persisted queries when `persistedQueries` is.
    static func withClient(
        playgroundDirectory: URL? = nil, persistedQueries: PersistedQueryCache? = nil,
        _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let router = Router(context: GraphQLHTTPTestContext.self)
        let playground = try playgroundDirectory.map { try PlaygroundController(directory: $0) }
        GraphQLController(
            service: GraphQLService(schema: schema), playground: playground, persistedQueries: persistedQueries,
            makeContext: makeContext
        ).addRoutes(to: router)
        try await Application(router: router).test(.router, test)
    }
}

/// An internal failure whose text must never reach a client.
struct DatabaseUnavailable: Error {}

extension TestClientProtocol {
    /// Sends a request and reads the response as text.
    func send(
        _ method: HTTPRequest.Method, _ uri: String = "/graphql", headers: HTTPFields = [:], body: String? = nil
    ) async throws -> GraphQLHTTPTestResponse {
        try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            GraphQLHTTPTestResponse(
                status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// POSTs `body` as `application/json` with the given `Accept`.
    func post(_ body: String, accept: String? = nil, contentType: String? = "application/json") async throws
        -> GraphQLHTTPTestResponse
    {
        var headers: HTTPFields = [:]
        if let accept { headers[.accept] = accept }
        if let contentType { headers[.contentType] = contentType }
        return try await send(.post, headers: headers, body: body)
    }

    /// GETs `/graphql?<query>` with the given `Accept`.
    func get(_ query: String, accept: String? = nil) async throws -> GraphQLHTTPTestResponse {
        var headers: HTTPFields = [:]
        if let accept { headers[.accept] = accept }
        return try await send(.get, "/graphql?\(query)", headers: headers)
    }
}
