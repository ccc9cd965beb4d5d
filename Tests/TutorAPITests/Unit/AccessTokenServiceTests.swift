import Foundation
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("Access tokens")
struct AccessTokenServiceTests {
    let secret = String(repeating: "s", count: 32)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("a token issued for a viewer verifies back to the same viewer")
    func roundTrip() throws {
        let service = AccessTokenService(secret: secret, now: { [start] in start })
        let issued = service.issue(for: Viewer(userID: 42, role: .tutor))
        #expect(issued.expiresAt == start.addingTimeInterval(15 * 60))
        #expect(issued.token.split(separator: ".").count == 3)
        #expect(try service.verify(issued.token) == Viewer(userID: 42, role: .tutor))
    }

    @Test("expired, tampered, foreign and malformed tokens are refused")
    func refusals() throws {
        let issuer = AccessTokenService(secret: secret, now: { [start] in start })
        let token = issuer.issue(for: Viewer(userID: 7, role: .student)).token

        let later = AccessTokenService(secret: secret, now: { [start] in start.addingTimeInterval(15 * 60) })
        #expect(throws: AccessTokenError.expired) { try later.verify(token) }

        let other = AccessTokenService(secret: String(repeating: "x", count: 32), now: { [start] in start })
        #expect(throws: AccessTokenError.badSignature) { try other.verify(token) }

        var parts = token.split(separator: ".").map(String.init)
        let forged = #"{"exp":9999999999,"iat":0,"iss":"tutorgraph","role":"owner","sub":"7"}"#
        parts[1] = Base64URL.encode(Data(forged.utf8))
        #expect(throws: AccessTokenError.badSignature) { try issuer.verify(parts.joined(separator: ".")) }

        #expect(throws: AccessTokenError.malformed) { try issuer.verify("not-a-token") }
        let none = Base64URL.encode(Data(#"{"alg":"none"}"#.utf8))
        #expect(throws: AccessTokenError.malformed) { try issuer.verify(none + "." + parts[1] + ".") }
    }

    @Test("opaque tokens are random and stored only as SHA-256 hex")
    func opaqueTokens() {
        let first = OpaqueToken.generate()
        let second = OpaqueToken.generate()
        #expect(first != second)
        #expect(first.count == 43)
        #expect(OpaqueToken.hash(first).count == 64)
        #expect(OpaqueToken.hash(first) == OpaqueToken.hash(first))
        #expect(OpaqueToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
