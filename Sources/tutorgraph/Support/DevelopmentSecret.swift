import Foundation

/// The JWT signing key `dev` uses when `JWT_SECRET` is unset: generated once and kept in the data directory, so
/// tokens survive restarts of the development server.
enum DevelopmentSecret {
    /// The file inside the data directory that holds the key.
    static let fileName = "jwt-secret"

    /// The stored key, or a new random 256-bit key (hex) written with owner-only permissions.
    static func loadOrCreate(in directory: URL) throws -> String {
        let file = directory.appendingPathComponent(fileName)
        if let stored = try? String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
            stored.utf8.count >= 32
        {
            return stored
        }
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file.path, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        return secret
    }
}
