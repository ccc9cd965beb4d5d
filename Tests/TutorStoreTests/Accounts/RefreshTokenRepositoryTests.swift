import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("Accounts store: refresh token rotation")
struct RefreshTokenRepositoryTests {
    @Test("rotating revokes the token as rotated, points it at its replacement in the same family")
    func rotation() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, first) = try await fixture.register()
            let second = fixture.newToken()
            let outcome = try await fixture.store.refreshTokens.rotate(presentedHash: first, replacement: second, now: fixture.now)
            #expect(outcome == .rotated(user))
            let old = try await fixture.client.query(
                """
                SELECT old.revoked_reason, new.token_hash, old.family_id = new.family_id
                FROM refresh_tokens old JOIN refresh_tokens new ON new.id = old.replaced_by
                WHERE old.token_hash = \(first)
                """,
                logger: testLogger)
            for try await (reason, replacement, sameFamily) in old.decode((String, String, Bool).self) {
                #expect(reason == "rotated" && replacement == second.hash && sameFamily)
            }
        }
    }

    @Test("presenting a rotated-out token revokes the whole family, the newest token included")
    func reuseDetection() async throws {
        try await AccountStoreFixture.run { fixture in
            let (_, first) = try await fixture.register()
            let second = fixture.newToken()
            _ = try await fixture.store.refreshTokens.rotate(presentedHash: first, replacement: second, now: fixture.now)
            let replay = try await fixture.store.refreshTokens.rotate(
                presentedHash: first, replacement: fixture.newToken(), now: fixture.now)
            #expect(replay == .reuseDetected)
            #expect(
                try await fixture.scalar(
                    "SELECT revoked_reason FROM refresh_tokens WHERE token_hash = \(second.hash)", as: String.self)
                    == "reuse_detected")
            let afterTheft = try await fixture.store.refreshTokens.rotate(
                presentedHash: second.hash, replacement: fixture.newToken(), now: fixture.now)
            #expect(afterTheft == .refused)
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM refresh_tokens", as: Int64.self) == 2)
        }
    }

    @Test("another sign-in's family is left alone by reuse detection")
    func otherFamiliesSurvive() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, first) = try await fixture.register()
            let otherDevice = fixture.newToken()
            _ = try await fixture.store.accounts.recordSuccessfulLogin(userID: user.id, session: otherDevice, now: fixture.now)
            _ = try await fixture.store.refreshTokens.rotate(presentedHash: first, replacement: fixture.newToken(), now: fixture.now)
            _ = try await fixture.store.refreshTokens.rotate(presentedHash: first, replacement: fixture.newToken(), now: fixture.now)
            let outcome = try await fixture.store.refreshTokens.rotate(
                presentedHash: otherDevice.hash, replacement: fixture.newToken(), now: fixture.now)
            #expect(outcome == .rotated(user))
        }
    }

    @Test("unknown, expired and logged-out tokens and deleted or disabled accounts are refused")
    func refusals() async throws {
        try await AccountStoreFixture.run { fixture in
            let tokens = fixture.store.refreshTokens
            #expect(
                try await tokens.rotate(presentedHash: AccountStoreFixture.randomHash(), replacement: fixture.newToken(), now: fixture.now)
                    == .refused)

            let (_, expiring) = try await fixture.register()
            let afterExpiry = fixture.now.addingTimeInterval(31 * 86_400)
            #expect(try await tokens.rotate(presentedHash: expiring, replacement: fixture.newToken(), now: afterExpiry) == .refused)

            let (_, loggedOut) = try await fixture.register()
            try await tokens.revoke(hash: loggedOut, now: fixture.now)
            #expect(try await tokens.rotate(presentedHash: loggedOut, replacement: fixture.newToken(), now: fixture.now) == .refused)
            #expect(
                try await fixture.scalar(
                    "SELECT revoked_reason FROM refresh_tokens WHERE token_hash = \(loggedOut)", as: String.self) == "logout")

            let (deleted, deletedToken) = try await fixture.register()
            _ = try await fixture.client.query("UPDATE users SET deleted_at = now() WHERE id = \(deleted.id)", logger: testLogger)
            #expect(try await tokens.rotate(presentedHash: deletedToken, replacement: fixture.newToken(), now: fixture.now) == .refused)

            let (disabled, disabledToken) = try await fixture.register()
            _ = try await fixture.client.query("UPDATE users SET is_active = false WHERE id = \(disabled.id)", logger: testLogger)
            #expect(try await tokens.rotate(presentedHash: disabledToken, replacement: fixture.newToken(), now: fixture.now) == .refused)
        }
    }
}
