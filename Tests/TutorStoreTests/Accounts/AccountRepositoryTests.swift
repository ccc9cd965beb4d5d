import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

@Suite("Accounts store: registration and sign-in")
struct AccountRepositoryTests {
    @Test("registering writes the user, both profiles, 24 switches, a refresh token and the welcome event together")
    func registration() async throws {
        try await AccountStoreFixture.run { fixture in
            let (tutor, tokenHash) = try await fixture.register("Grace@Example.com", role: .tutor)
            #expect(tutor.email == "Grace@Example.com")
            #expect(tutor.role == .tutor && tutor.isActive && !tutor.isVerified && tutor.lastLoginAt == fixture.now)
            let id = tutor.id
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM user_profiles WHERE user_id = \(id)", as: Int64.self) == 1)
            #expect(
                try await fixture.scalar(
                    "SELECT profile_status FROM tutor_profiles WHERE user_id = \(id)", as: String.self) == "incomplete")
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM student_profiles WHERE user_id = \(id)", as: Int64.self) == 0)
            #expect(
                try await fixture.scalar(
                    "SELECT count(*)::int8 FROM user_notification_preferences WHERE user_id = \(id)", as: Int64.self) == 24)
            #expect(
                try await fixture.scalar(
                    "SELECT user_id FROM refresh_tokens WHERE token_hash = \(tokenHash) AND revoked_at IS NULL", as: Int64.self)
                    == id)
            #expect(
                try await fixture.scalar(
                    "SELECT (payload->>'userId')::int8 FROM outbox WHERE topic = 'account.registered'", as: Int64.self) == id)

            let (student, _) = try await fixture.register()
            #expect(
                try await fixture.scalar(
                    "SELECT count(*)::int8 FROM student_profiles WHERE user_id = \(student.id)", as: Int64.self) == 1)
        }
    }

    @Test("the default switches are on except text messages and marketing")
    func defaultSwitches() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register()
            let switches = try #require(try await fixture.store.users.notificationPreferences(forUserIDs: [user.id])[user.id])
            #expect(switches.count == 24)
            for preference in switches {
                #expect(preference.isEnabled == (preference.channel != "sms" && preference.category != "marketing"))
            }
        }
    }

    @Test("an address taken in any case is refused, and nothing of the second registration remains")
    func duplicateEmail() async throws {
        try await AccountStoreFixture.run { fixture in
            _ = try await fixture.register("ada@example.com")
            await #expect(throws: AccountWriteError.emailTaken) { _ = try await fixture.register("ADA@example.com") }
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM users", as: Int64.self) == 1)
            #expect(try await fixture.scalar("SELECT count(*)::int8 FROM refresh_tokens", as: Int64.self) == 1)
        }
    }

    @Test("a currency outside the reference table is refused")
    func unknownCurrency() async throws {
        try await AccountStoreFixture.run { fixture in
            let account = NewAccount(
                email: "x@example.com", passwordHash: "hash", firstName: "X", lastName: "", role: .student,
                timezone: "UTC", currency: "XXX")
            await #expect(throws: AccountWriteError.unknownCurrency) {
                _ = try await fixture.store.accounts.register(account, session: fixture.newToken(), now: fixture.now)
            }
        }
    }

    @Test("sign-ins record the attempt; a success also sets last_login_at and stores the session's token")
    func signInBookkeeping() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register("ada@example.com")
            let later = fixture.now.addingTimeInterval(3600)
            let session = fixture.newToken()
            let signedIn = try await fixture.store.accounts.recordSuccessfulLogin(userID: user.id, session: session, now: later)
            #expect(signedIn.lastLoginAt == later)
            try await fixture.store.accounts.recordFailedLogin(email: "nobody@example.com", now: later)
            #expect(
                try await fixture.scalar(
                    "SELECT string_agg(email || ':' || succeeded, ',' ORDER BY id) FROM login_attempts", as: String.self)
                    == "ada@example.com:true,nobody@example.com:false")
            #expect(
                try await fixture.scalar(
                    "SELECT count(*)::int8 FROM refresh_tokens WHERE token_hash = \(session.hash)", as: Int64.self) == 1)
        }
    }

    @Test("credentials are found by e-mail in any case, with the password hash")
    func credentials() async throws {
        try await AccountStoreFixture.run { fixture in
            let (user, _) = try await fixture.register("ada@example.com")
            let byEmail = try #require(try await fixture.store.users.credentials(email: "ADA@Example.COM"))
            #expect(byEmail.user == user && byEmail.passwordHash?.hasPrefix("$2b$") == true)
            #expect(try await fixture.store.users.credentials(userID: user.id)?.user == user)
            #expect(try await fixture.store.users.credentials(email: "bob@example.com") == nil)
        }
    }
}
