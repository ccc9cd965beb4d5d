import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorStore

@Suite("API: changePassword, requestPasswordReset, resetPassword")
struct PasswordTests {
    static let newPassword = "a brand new passphrase"

    @Test("changing the password signs every device out and the new password works")
    func change() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let refresh = try #require(try await harness.login(user.email).string("login.refreshToken"))
            let response = try await harness.execute(
                AccountDocuments.changePassword,
                variables: AccountDocuments.input(["currentPassword": APITestHarness.password, "newPassword": Self.newPassword]),
                as: user.viewer)
            #expect(response.string("changePassword.user.id") == user.globalID, "\(response.json)")
            #expect(try await harness.refresh(refresh).onlyErrorCode == .unauthenticated)
            #expect(try await harness.login(user.email).onlyErrorCode == .unauthenticated)
            #expect(try await harness.login(user.email, password: Self.newPassword).result.errors.isEmpty)
        }
    }

    @Test(
        "bad changes name their field",
        arguments: [
            (APITestHarness.password, "short", "input.newPassword"),
            (APITestHarness.password, APITestHarness.password, "input.newPassword"),
            ("not my password", PasswordTests.newPassword, "input.currentPassword"),
        ])
    func badChange(current: String, new: String, field: String) async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let response = try await harness.execute(
                AccountDocuments.changePassword,
                variables: AccountDocuments.input(["currentPassword": current, "newPassword": new]), as: user.viewer)
            #expect(response.onlyErrorCode == .badUserInput)
            #expect(response.errorField == field)
        }
    }

    @Test("changing a password needs a signed-in viewer")
    func changeSignedOut() async throws {
        try await APITestHarness.withHarness { harness in
            let response = try await harness.execute(
                AccountDocuments.changePassword,
                variables: AccountDocuments.input(["currentPassword": "whatever one", "newPassword": Self.newPassword]))
            #expect(response.onlyErrorCode == .unauthenticated)
        }
    }

    @Test("a reset answers the same for unknown addresses and mails a one-hour, single-use token for known ones")
    func resetFlow() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser(email: "ada@example.com")
            let refresh = try #require(try await harness.login(user.email).string("login.refreshToken"))
            for email in ["nobody@example.com", "Ada@example.com"] {
                let response = try await harness.execute(
                    AccountDocuments.requestPasswordReset,
                    variables: AccountDocuments.input(["email": email, "clientMutationId": "x"]))
                #expect(response.value("requestPasswordReset.success") == .bool(true))
                #expect(response.json == #"{"data":{"requestPasswordReset":{"success":true,"clientMutationId":"x"}}}"#)
            }
            let token = try #require(
                try await harness.scalar(
                    "SELECT payload->>'token' FROM outbox WHERE topic = 'account.password_reset_requested'", as: String.self))

            let reset = try await harness.execute(
                AccountDocuments.resetPassword, variables: AccountDocuments.input(["token": token, "newPassword": Self.newPassword]))
            #expect(reset.string("resetPassword.user.id") == user.globalID, "\(reset.json)")
            #expect(try await harness.refresh(refresh).onlyErrorCode == .unauthenticated)
            #expect(try await harness.login(user.email, password: Self.newPassword).result.errors.isEmpty)

            let again = try await harness.execute(
                AccountDocuments.resetPassword, variables: AccountDocuments.input(["token": token, "newPassword": "yet another one"]))
            #expect(again.onlyErrorCode == .badUserInput && again.errorField == "input.token")
        }
    }

    @Test("a reset token expires after an hour")
    func resetExpiry() async throws {
        try await APITestHarness.withHarness { harness in
            _ = try await harness.createUser(email: "ada@example.com")
            _ = try await harness.execute(
                AccountDocuments.requestPasswordReset, variables: AccountDocuments.input(["email": "ada@example.com"]))
            let token = try #require(
                try await harness.scalar("SELECT payload->>'token' FROM outbox WHERE topic LIKE '%reset%'", as: String.self))
            harness.clock.advance(by: 3601)
            let reset = try await harness.execute(
                AccountDocuments.resetPassword, variables: AccountDocuments.input(["token": token, "newPassword": Self.newPassword]))
            #expect(reset.errorField == "input.token")
        }
    }

    @Test("bad reset input names its field")
    func badReset() async throws {
        try await APITestHarness.withHarness { harness in
            let shortPassword = try await harness.execute(
                AccountDocuments.resetPassword, variables: AccountDocuments.input(["token": "anything", "newPassword": "short"]))
            #expect(shortPassword.onlyErrorCode == .badUserInput && shortPassword.errorField == "input.newPassword")
            let badEmail = try await harness.execute(
                AccountDocuments.requestPasswordReset, variables: AccountDocuments.input(["email": "no at sign"]))
            #expect(badEmail.onlyErrorCode == .badUserInput && badEmail.errorField == "input.email")
        }
    }
}
