import Logging
import Testing
import TutorServer
import TutorStore

/// `ServerConfiguration(environment:)`: defaults, every variable, and one-line errors that never echo secrets.
struct ServerConfigurationTests {
    /// The smallest environment `serve` accepts.
    let minimal = [
        "DATABASE_URL": "postgres://tutor@localhost:5432/tutorgraph",
        "JWT_SECRET": String(repeating: "s", count: 32),
    ]

    @Test func appliesDefaultsToUnsetVariables() throws {
        let configuration = try ServerConfiguration(environment: minimal)
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.database.poolSize == 10)
        #expect(configuration.graphQL == GraphQLLimits(maxDepth: 15, maxCost: 500_000, introspectionEnabled: true))
        #expect(configuration.logLevel == .info)
        #expect(configuration.requestBodyLimit == 1_048_576)
    }

    @Test func readsEveryVariable() throws {
        let environment = minimal.merging([
            "HOST": "0.0.0.0",
            "PORT": "9090",
            "DATABASE_POOL_SIZE": "25",
            "GRAPHQL_MAX_DEPTH": "8",
            "GRAPHQL_MAX_COST": "500",
            "GRAPHQL_INTROSPECTION": "off",
            "LOG_LEVEL": "DEBUG",
            "REQUEST_BODY_LIMIT": "65536",
        ]) { $1 }
        let configuration = try ServerConfiguration(environment: environment)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9090)
        #expect(configuration.database.poolSize == 25)
        #expect(configuration.graphQL == GraphQLLimits(maxDepth: 8, maxCost: 500, introspectionEnabled: false))
        #expect(configuration.logLevel == .debug)
        #expect(configuration.requestBodyLimit == 65_536)
    }

    @Test func treatsEmptyValuesAsUnset() throws {
        let configuration = try ServerConfiguration(environment: minimal.merging(["PORT": "", "HOST": " "]) { $1 })
        #expect(configuration.port == 8080)
        #expect(configuration.host == "127.0.0.1")
    }

    @Test func requiresJWTSecret() {
        var environment = minimal
        environment["JWT_SECRET"] = nil
        #expect(throws: ConfigurationError.missing(variable: "JWT_SECRET", expected: "a random string of at least 32 bytes")) {
            try ServerConfiguration(environment: environment)
        }
    }

    @Test func rejectsShortJWTSecretWithoutEchoingIt() throws {
        let environment = minimal.merging(["JWT_SECRET": "hunter2-hunter2"]) { $1 }
        let error = try #require(throws: ConfigurationError.self) { try ServerConfiguration(environment: environment) }
        #expect(error.description == "JWT_SECRET is invalid; expected at least 32 bytes, got 15")
        #expect(!error.description.contains("hunter2"))
    }

    @Test func requiresDatabaseURL() throws {
        var environment = minimal
        environment["DATABASE_URL"] = nil
        let error = try #require(throws: ConfigurationError.self) { try ServerConfiguration(environment: environment) }
        #expect(error.description.hasPrefix("DATABASE_URL is not set; expected a PostgreSQL URL"))
    }

    @Test(arguments: [
        ("PORT", "http", "PORT=http is invalid; expected an integer from 0 to 65535"),
        ("PORT", "70000", "PORT=70000 is invalid; expected an integer from 0 to 65535"),
        ("DATABASE_POOL_SIZE", "0", "DATABASE_POOL_SIZE=0 is invalid; expected an integer from 1 to 1000"),
        ("GRAPHQL_INTROSPECTION", "maybe", "GRAPHQL_INTROSPECTION=maybe is invalid; expected true or false"),
        ("REQUEST_BODY_LIMIT", "1MB", "REQUEST_BODY_LIMIT=1MB is invalid; expected an integer from 1024 to 1073741824"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL=loud is invalid; expected one of trace, debug, info, notice, warning, error, critical"),
    ])
    func explainsMalformedValuesInOneLine(variable: String, value: String, message: String) throws {
        let environment = minimal.merging([variable: value]) { $1 }
        let error = try #require(throws: ConfigurationError.self) { try ServerConfiguration(environment: environment) }
        #expect(error.description == message)
    }
}
