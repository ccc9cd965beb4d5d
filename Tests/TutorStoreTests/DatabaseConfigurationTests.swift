import PostgresNIO
import Testing
import TutorStore

@Suite("Parsing DATABASE_URL")
struct DatabaseConfigurationTests {
    @Test("host, port, credentials, database and pool size reach the client configuration")
    func parsesTCPURL() throws {
        let configuration = try DatabaseConfiguration(url: "postgres://app:s%40cret@db.internal:6543/tutors", poolSize: 7)
        let client = configuration.client
        #expect(client.host == "db.internal")
        #expect(client.port == 6543)
        #expect(client.username == "app")
        #expect(client.password == "s@cret")
        #expect(client.database == "tutors")
        #expect(client.options.maximumConnections == 7)
        #expect(configuration.redactedURL == "postgres://app:***@db.internal:6543/tutors")
    }

    @Test("defaults follow libpq: port 5432, the user's name as database")
    func appliesDefaults() throws {
        let client = try DatabaseConfiguration(url: "postgresql://alice@localhost").client
        #expect(client.port == 5432)
        #expect(client.database == "alice")
        #expect(client.options.maximumConnections == 10)
    }

    @Test("a socket directory in ?host= becomes the socket file for the port")
    func parsesUnixSocket() throws {
        let fromDirectory = try DatabaseConfiguration(url: "postgres://postgres@/app?host=/var/run/postgresql").client
        #expect(fromDirectory.unixSocketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(fromDirectory.host == nil)
        let fromFile = try DatabaseConfiguration(url: "postgres://postgres@:5499/app?host=/tmp/.s.PGSQL.5499").client
        #expect(fromFile.unixSocketPath == "/tmp/.s.PGSQL.5499")
    }

    @Test("bad input is refused with a message that never shows the password")
    func refusesBadInput() {
        #expect(throws: DatabaseConfigurationError.unsupportedScheme("mysql")) {
            try DatabaseConfiguration(url: "mysql://root:hunter2@localhost/db")
        }
        #expect(throws: DatabaseConfigurationError.invalidSSLMode("sometimes")) {
            try DatabaseConfiguration(url: "postgres://u:hunter2@h/db?sslmode=sometimes")
        }
        #expect(throws: DatabaseConfigurationError.unsupportedParameter("sslmod")) {
            try DatabaseConfiguration(url: "postgres://u:hunter2@h/db?sslmod=disable")
        }
        #expect(throws: DatabaseConfigurationError.invalidPoolSize(0)) {
            try DatabaseConfiguration(url: "postgres://u@h/db", poolSize: 0)
        }
        let error = DatabaseConfigurationError.unsupportedScheme("mysql")
        #expect(!error.description.contains("hunter2"))
    }
}
