import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("Accounts store: password changes and resets")
struct PasswordRepositoryTests {
    @Test("a reset request for an unknown or deleted address writes nothing")
    func unknownAddress() async throws {
        try await AccountStoreFixture.run { fixture in
            let (deleted, _) = try await fixture.register("gone@example.com")
            _ = try await fixture.client.query("UPDATE users SET deleted_at = now() WHERE id = \(deleted.id)", logger: testLogger)
            for email in ["nobody@example.com", "gone@example.com"] {
                let issued = try await fixture.store.accounts.requestPasswordReset(
                    email: email, token: "raw", tokenHash: AccountStoreFixture.randomHash(),
                    expiresAt: fixture.now.addingTimeInterval(3600), now: fixture.now)
                #expect(!issued)
            }
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM password_reset_tokens", as: Int64.self) == 0)
            #expect(
                try await fixture.scalar(
                    "SELECT count(*)::int8 FROM outbox WHERE topic = 'account.password_reset_requested'", as: Int64.self) == 0)
        }
    }

    @Test("a reset request stores the hash and queues the raw token for the mailer")
    func requestQueuesEmail() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register("ada@example.com")
            let hash = AccountStoreFixture.randomHash()
            let issued = try await fixture.store.accounts.requestPasswordReset(
                email: "ADA@example.com", token: "the-raw-token", tokenHash: hash,
                expiresAt: fixture.now.addingTimeInterval(3600), now: fixture.now)
            #expect(issued)
            #expect(
                try await fixture.scalar("SELECT user_id FROM password_reset_tokens WHERE token_hash = \(hash)", as: Int64.self)
                    == user.id)
            #expect(
                try await fixture.scalar(
                    """
                    SELECT (payload->>'token') || ' ' || (payload->>'email') FROM outbox
                    WHERE topic = 'account.password_reset_requested'
                    """, as: String.self) == "the-raw-token ada@example.com")
        }
    }

    @Test("a reset token works once, before it expires, and signs every device out")
    func resetOnce() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, session) = try await fixture.register()
            let hash = AccountStoreFixture.randomHash()
            _ = try await fixture.store.accounts.requestPasswordReset(
                email: user.email, token: "raw", tokenHash: hash, expiresAt: fixture.now.addingTimeInterval(3600),
                now: fixture.now)
            let reset = try await fixture.store.accounts.resetPassword(tokenHash: hash, passwordHash: "new-hash", now: fixture.now)
            #expect(reset == user)
            #expect(try await fixture.scalar("SELECT hashed_password FROM users WHERE id = \(user.id)", as: String.self) == "new-hash")
            #expect(
                try await fixture.scalar(
                    "SELECT revoked_reason FROM refresh_tokens WHERE token_hash = \(session)", as: String.self) == "password_changed")
            #expect(try await fixture.store.accounts.resetPassword(tokenHash: hash, passwordHash: "again", now: fixture.now) == nil)
        }
    }

    @Test("an expired reset token changes nothing")
    func expiredToken() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register()
            let hash = AccountStoreFixture.randomHash()
            _ = try await fixture.store.accounts.requestPasswordReset(
                email: user.email, token: "raw", tokenHash: hash, expiresAt: fixture.now.addingTimeInterval(3600),
                now: fixture.now)
            let late = fixture.now.addingTimeInterval(3601)
            #expect(try await fixture.store.accounts.resetPassword(tokenHash: hash, passwordHash: "new", now: late) == nil)
            #expect(try await fixture.scalar("SELECT used_at IS NULL FROM password_reset_tokens", as: Bool.self))
        }
    }

    @Test("changing the password revokes every refresh token and voids outstanding reset links")
    func changePassword() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, first) = try await fixture.register()
            _ = try await fixture.store.accounts.recordSuccessfulLogin(userID: user.id, session: fixture.newToken(), now: fixture.now)
            _ = try await fixture.store.accounts.requestPasswordReset(
                email: user.email, token: "raw", tokenHash: AccountStoreFixture.randomHash(),
                expiresAt: fixture.now.addingTimeInterval(3600), now: fixture.now)
            #expect(try await fixture.store.accounts.changePassword(userID: user.id, passwordHash: "new", now: fixture.now) == user)
            #expect(
                try await fixture.scalar(
                    "SELECT count(*)::int8 FROM refresh_tokens WHERE revoked_reason = 'password_changed'", as: Int64.self) == 2)
            #expect(try await fixture.scalar("SELECT used_at IS NOT NULL FROM password_reset_tokens", as: Bool.self))
            #expect(
                try await fixture.store.refreshTokens.rotate(presentedHash: first, replacement: fixture.newToken(), now: fixture.now)
                    == .refused)
        }
    }
}
