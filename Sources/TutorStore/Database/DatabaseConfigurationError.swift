import Foundation

/// Why a database URL could not be used; the text never includes the password.
public enum DatabaseConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The text does not parse as a URL at all.
    case invalidURL
    /// The URL is not `postgres://` or `postgresql://`.
    case unsupportedScheme(String)
    /// `sslmode` holds a value libpq would not accept either.
    case invalidSSLMode(String)
    /// A supported parameter with an unusable value.
    case invalidParameter(name: String, value: String)
    /// A query parameter this server does not understand; refused so a typo is not silently ignored.
    case unsupportedParameter(String)
    /// A pool needs at least one connection.
    case invalidPoolSize(Int)

    public var description: String {
        switch self {
        case .invalidURL:
            "database URL is not a valid URL; expected postgres://user:password@host:port/database"
        case .unsupportedScheme(let scheme):
            "database URL scheme \"\(scheme)\" is not supported; use postgres://"
        case .invalidSSLMode(let mode):
            "database URL sslmode \"\(mode)\" is not one of disable, allow, prefer, require, verify-ca, verify-full"
        case .invalidParameter(let name, let value):
            "database URL parameter \(name)=\(value) is not valid"
        case .unsupportedParameter(let name):
            "database URL parameter \"\(name)\" is not supported (supported: sslmode, host, connect_timeout, application_name)"
        case .invalidPoolSize(let size):
            "database pool size \(size) must be at least 1"
        }
    }
}
