import Logging
import TutorStore

extension ServerConfiguration {
    /// Reads and validates every server setting from environment variables (see the README's table).
    public init(environment: [String: String]) throws {
        let reader = EnvironmentReader(environment: environment)
        let secret = try reader.requiredString(
            "JWT_SECRET",
            expected: "a random string of at least \(Self.minimumJWTSecretBytes) bytes"
        )
        guard secret.utf8.count >= Self.minimumJWTSecretBytes else {
            throw ConfigurationError.invalid(
                variable: "JWT_SECRET",
                value: nil,
                expected: "at least \(Self.minimumJWTSecretBytes) bytes, got \(secret.utf8.count)"
            )
        }
        self.init(
            database: try DatabaseConfiguration(environment: environment),
            host: reader.string("HOST") ?? Self.defaultHost,
            port: try reader.integer("PORT", default: Self.defaultPort, in: 0...65_535),
            jwtSecret: secret,
            graphQL: GraphQLLimits(
                maxDepth: try reader.integer("GRAPHQL_MAX_DEPTH", default: GraphQLLimits().maxDepth, in: 1...1_000),
                maxCost: try reader.integer("GRAPHQL_MAX_COST", default: GraphQLLimits().maxCost, in: 1...100_000_000),
                introspectionEnabled: try reader.boolean("GRAPHQL_INTROSPECTION", default: true)
            ),
            logLevel: try Self.logLevel(from: environment),
            requestBodyLimit: try reader.integer(
                "REQUEST_BODY_LIMIT",
                default: Self.defaultRequestBodyLimit,
                in: 1_024...(1 << 30)
            )
        )
    }

    /// The `LOG_LEVEL` setting (trace, debug, info, notice, warning, error, critical), `info` when unset.
    public static func logLevel(from environment: [String: String]) throws(ConfigurationError) -> Logger.Level {
        guard let raw = EnvironmentReader(environment: environment).string("LOG_LEVEL") else { return .info }
        guard let level = Logger.Level(rawValue: raw.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(variable: "LOG_LEVEL", value: raw, expected: "one of \(names)")
        }
        return level
    }
}

extension DatabaseConfiguration {
    /// Reads `DATABASE_URL` and `DATABASE_POOL_SIZE`; the commands that only touch the database use this alone.
    /// A malformed URL throws the store's `DatabaseConfigurationError`, which never echoes the password.
    public init(environment: [String: String]) throws {
        let reader = EnvironmentReader(environment: environment)
        let url = try reader.requiredString(
            "DATABASE_URL",
            expected: "a PostgreSQL URL such as postgres://user:password@localhost:5432/tutorgraph"
        )
        let poolSize = try reader.integer("DATABASE_POOL_SIZE", default: 10, in: 1...1_000)
        try self.init(url: url, poolSize: poolSize)
    }
}
