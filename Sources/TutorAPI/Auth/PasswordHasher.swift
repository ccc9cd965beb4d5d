import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt.
///
/// bcrypt at cost 12 takes a quarter of a second of CPU: it runs on NIO's blocking thread pool so it
/// never stalls the event loops or Swift's cooperative threads serving other requests.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}

/// What a password must be.
public enum PasswordPolicy {
    public static let minimumLength = 10
    /// bcrypt reads at most 72 bytes; longer passwords would be silently truncated.
    public static let maximumBytes = 72

    /// Throws `BAD_USER_INPUT` naming `field` when `password` is too short or too long.
    public static func check(_ password: String, field: String) throws(APIError) {
        if password.count < minimumLength {
            throw APIError.badInput("Password must be at least \(minimumLength) characters long.", field: field)
        }
        if password.utf8.count > maximumBytes {
            throw APIError.badInput("Password must be at most \(maximumBytes) bytes long.", field: field)
        }
    }
}
