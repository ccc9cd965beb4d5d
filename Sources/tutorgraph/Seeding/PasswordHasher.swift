import HummingbirdBcrypt
import NIOPosix

/// Bcrypt hashing kept off the caller's executor: a cost-12 hash takes a noticeable fraction of a second.
enum PasswordHasher {
    /// The bcrypt cost of the demo password, matching what the API uses for real accounts.
    static let cost: UInt8 = 12

    /// `password` hashed with bcrypt on NIO's blocking-work thread pool.
    static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive {
            Bcrypt.hash(password, cost: cost)
        }
    }
}
