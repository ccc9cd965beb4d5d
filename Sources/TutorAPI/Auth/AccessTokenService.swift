import Crypto
import Foundation
import TutorDomain

/// Why an access token was refused; every case reads as UNAUTHENTICATED to the client.
public enum AccessTokenError: Error, Sendable, Hashable {
    case malformed
    case badSignature
    case expired
}

/// Issues and verifies the short-lived access tokens: JWTs signed with HS256 and `JWT_SECRET`.
///
/// Hand-rolled on swift-crypto's HMAC because HS256 is a few lines and keeps the dependency tree small;
/// verification compares signatures in constant time and checks `exp` against the injected clock.
public struct AccessTokenService: Sendable {
    /// The claims TutorGraph puts in a token.
    public struct Claims: Codable, Sendable, Hashable {
        /// User ID.
        public var sub: String
        public var role: String
        public var iat: Int
        public var exp: Int
        public var iss: String
    }

    public static let lifetime: TimeInterval = 15 * 60
    private static let issuer = "tutorgraph"

    private let key: SymmetricKey
    private let now: @Sendable () -> Date

    /// `secret` must be at least 32 bytes; the server refuses to start otherwise.
    public init(secret: String, now: @escaping @Sendable () -> Date = Date.init) {
        key = SymmetricKey(data: Data(secret.utf8))
        self.now = now
    }

    /// A signed token for `viewer`, and when it expires.
    public func issue(for viewer: Viewer) -> (token: String, expiresAt: Date) {
        let issuedAt = now()
        let expiresAt = issuedAt.addingTimeInterval(Self.lifetime)
        let claims = Claims(
            sub: String(viewer.userID), role: viewer.role.rawValue, iat: Int(issuedAt.timeIntervalSince1970),
            exp: Int(expiresAt.timeIntervalSince1970), iss: Self.issuer)
        let header = Base64URL.encode(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let payload = Base64URL.encode((try? encoder.encode(claims)) ?? Data())
        let signingInput = header + "." + payload
        return (signingInput + "." + sign(signingInput), expiresAt)
    }

    /// The viewer a token speaks for, or why it is refused.
    public func verify(_ token: String) throws(AccessTokenError) -> Viewer {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = Base64URL.decode(parts[0]),
            let headerObject = try? JSONSerialization.jsonObject(with: header) as? [String: Any],
            headerObject["alg"] as? String == "HS256"
        else { throw .malformed }
        let signingInput = parts[0] + "." + parts[1]
        guard let signature = Base64URL.decode(parts[2]),
            HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data(signingInput.utf8), using: key)
        else { throw .badSignature }
        guard let payload = Base64URL.decode(parts[1]),
            let claims = try? JSONDecoder().decode(Claims.self, from: payload),
            claims.iss == Self.issuer, let userID = Int64(claims.sub), let role = Role(rawValue: claims.role)
        else { throw .malformed }
        guard Double(claims.exp) > now().timeIntervalSince1970 else { throw .expired }
        return Viewer(userID: userID, role: role)
    }

    private func sign(_ input: String) -> String {
        Base64URL.encode(Data(HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: key)))
    }
}
