import Logging
import TutorStore

/// Everything the HTTP server needs, read once at start-up so a bad value stops the process before it listens.
public struct ServerConfiguration: Sendable {
    /// The PostgreSQL database and the size of the connection pool.
    public var database: DatabaseConfiguration
    /// The address to bind: loopback by default, `0.0.0.0` to accept outside connections.
    public var host: String
    /// The TCP port to listen on (0 asks the system for a free one).
    public var port: Int
    /// The HMAC key that signs and verifies access tokens; at least `minimumJWTSecretBytes` long.
    public var jwtSecret: String
    /// Guards against expensive GraphQL documents.
    public var graphQL: GraphQLLimits
    /// The lowest level the server logs.
    public var logLevel: Logger.Level
    /// The largest request body accepted, in bytes; larger bodies get 413.
    public var requestBodyLimit: Int

    /// The shortest signing key accepted: HS256 wants a key at least as long as its 32-byte output.
    public static let minimumJWTSecretBytes = 32
    /// The default port for both `serve` and `dev`.
    public static let defaultPort = 8080
    /// The default bind address: loopback, so a development server is not exposed by accident.
    public static let defaultHost = "127.0.0.1"
    /// One mebibyte: ample for GraphQL documents and variables, small enough to refuse abuse cheaply.
    public static let defaultRequestBodyLimit = 1 << 20

    /// Assembles a configuration from parts, validating nothing; `init(environment:)` is the validating path.
    public init(
        database: DatabaseConfiguration,
        host: String = Self.defaultHost,
        port: Int = Self.defaultPort,
        jwtSecret: String,
        graphQL: GraphQLLimits = GraphQLLimits(),
        logLevel: Logger.Level = .info,
        requestBodyLimit: Int = Self.defaultRequestBodyLimit
    ) {
        self.database = database
        self.host = host
        self.port = port
        self.jwtSecret = jwtSecret
        self.graphQL = graphQL
        self.logLevel = logLevel
        self.requestBodyLimit = requestBodyLimit
    }
}

/// The GraphQL safety limits of DESIGN §2: maximum depth, maximum cost and whether introspection is answered.
public struct GraphQLLimits: Sendable, Equatable {
    /// The deepest selection nesting a document may have.
    public var maxDepth: Int
    /// The highest cost a document may have (each field 1, list fields multiplied by their `first`).
    public var maxCost: Int
    /// Whether `__schema` and `__type` are answered; production deployments may turn it off.
    public var introspectionEnabled: Bool

    /// Defaults generous enough for a frontend's nested pages (50 tutors with 5 reviews each, their students and
    /// bookings, costs about 230,000: a list without `first` counts as 10), tight enough to stop a hostile document.
    public init(maxDepth: Int = 15, maxCost: Int = 500_000, introspectionEnabled: Bool = true) {
        self.maxDepth = maxDepth
        self.maxCost = maxCost
        self.introspectionEnabled = introspectionEnabled
    }
}
