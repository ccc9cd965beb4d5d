import Foundation
import PostgresNIO

/// A `DATABASE_URL` turned into a PostgresNIO pool configuration.
///
/// Accepts `postgres://user:password@host:port/database?sslmode=…` as libpq does, including a Unix socket
/// given as `?host=/var/run/postgresql` (a directory, as libpq means it, or the socket file itself).
public struct DatabaseConfiguration: Sendable {
    /// The URL as given; it may hold a password, so log `redactedURL` instead.
    public let url: String
    /// The largest number of connections the pool opens.
    public let poolSize: Int

    private let endpoint: Endpoint
    private let username: String
    private let password: String?
    private let database: String
    private let sslMode: SSLMode
    private let connectTimeout: Duration?
    private let applicationName: String?

    /// Parses `url`; throws a `DatabaseConfigurationError` naming what is wrong (never echoing the password).
    public init(url: String, poolSize: Int = 10) throws {
        guard poolSize >= 1 else { throw DatabaseConfigurationError.invalidPoolSize(poolSize) }
        guard let components = URLComponents(string: url), let scheme = components.scheme else {
            throw DatabaseConfigurationError.invalidURL
        }
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw DatabaseConfigurationError.unsupportedScheme(scheme)
        }
        self.url = url
        self.poolSize = poolSize
        username = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? username : path

        var socketHost: String?
        var sslMode = SSLMode.prefer
        var connectTimeout: Duration?
        var applicationName: String?
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else { throw DatabaseConfigurationError.invalidSSLMode(value) }
                sslMode = mode
            case "host":
                socketHost = value
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw DatabaseConfigurationError.invalidParameter(name: item.name, value: value)
                }
                connectTimeout = .seconds(seconds)
            case "application_name":
                applicationName = value
            default:
                throw DatabaseConfigurationError.unsupportedParameter(item.name)
            }
        }
        self.sslMode = sslMode
        self.connectTimeout = connectTimeout
        self.applicationName = applicationName

        let port = components.port ?? 5432
        let host = socketHost ?? components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        endpoint = host.hasPrefix("/") ? .unixSocket(path: Self.socketFile(host, port: port)) : .tcp(host: host, port: port)
    }

    /// The pool configuration for `PostgresClient(configuration:)`.
    public var client: PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = .init(
                host: host, port: port, username: username, password: password, database: database, tls: sslMode.tls
            )
        case .unixSocket(let path):
            configuration = .init(unixSocketPath: path, username: username, password: password, database: database)
        }
        configuration.options.maximumConnections = poolSize
        if let connectTimeout { configuration.options.connectTimeout = connectTimeout }
        if let applicationName { configuration.options.additionalStartupParameters.append(("application_name", applicationName)) }
        return configuration
    }

    /// The URL with any password replaced by `***`, safe for logs.
    public var redactedURL: String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    /// libpq names a socket directory; PostgresNIO needs the socket file `.s.PGSQL.<port>` inside it.
    private static func socketFile(_ path: String, port: Int) -> String {
        if (path as NSString).lastPathComponent.hasPrefix(".s.PGSQL.") { return path }
        return (path as NSString).appendingPathComponent(".s.PGSQL.\(port)")
    }

    private enum Endpoint: Sendable {
        case tcp(host: String, port: Int)
        case unixSocket(path: String)
    }

    /// libpq's `sslmode` values and the TLS behaviour each one asks for.
    private enum SSLMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"

        var tls: PostgresClient.Configuration.TLS {
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            switch self {
            case .disable:
                return .disable
            case .allow, .prefer:
                tlsConfiguration.certificateVerification = .none
                return .prefer(tlsConfiguration)
            case .require:
                tlsConfiguration.certificateVerification = .none
                return .require(tlsConfiguration)
            case .verifyCA:
                tlsConfiguration.certificateVerification = .noHostnameVerification
                return .require(tlsConfiguration)
            case .verifyFull:
                return .require(tlsConfiguration)
            }
        }
    }
}
