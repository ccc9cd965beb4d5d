import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorStore

@Suite("API: register")
struct RegisterTests {
    @Test("registers a lower-cased account, signs it in and the access token works")
    func registers() async throws {
        try await APITestHarness.withHarness { harness in
            let response = try await harness.execute(
                AccountDocuments.register,
                variables: AccountDocuments.input([
                    "email": "  Ada.Lovelace@Example.COM ", "password": "analytical engine", "firstName": "Ada",
                    "lastName": "Lovelace", "role": "TUTOR", "timezone": "Europe/London", "currency": "gbp",
                    "clientMutationId": "r1",
                ]))
            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.string("register.user.email") == "ada.lovelace@example.com")
            #expect(response.string("register.user.fullName") == "Ada Lovelace")
            #expect(response.string("register.user.role") == "TUTOR")
            #expect(response.string("register.user.currency") == "GBP")
            #expect(response.string("register.clientMutationId") == "r1")
            #expect(response.string("register.refreshToken")?.count == 43)

            let token = try #require(response.string("register.accessToken"))
            let viewer = try await harness.execute("{ viewer { email role tutorProfile { id } } }", token: token)
            #expect(viewer.string("viewer.email") == "ada.lovelace@example.com")
            #expect(viewer.string("viewer.tutorProfile.id") != nil, "the new tutor sees their incomplete profile")
            #expect(
                try await harness.scalar(
                    "SELECT count(*)::int8 FROM tutor_profiles JOIN users u ON u.id = user_id WHERE u.email = 'ada.lovelace@example.com'",
                    as: Int64.self) == 1)
        }
    }

    @Test("defaults: a student in UTC paying in USD")
    func defaults() async throws {
        try await APITestHarness.withHarness { harness in
            let response = try await harness.execute(
                AccountDocuments.register,
                variables: AccountDocuments.input(["email": "kid@example.com", "password": "long enough!", "firstName": "Kid"]))
            #expect(response.string("register.user.role") == "STUDENT")
            #expect(response.string("register.user.timezone") == "UTC")
            #expect(response.string("register.user.currency") == "USD")
            #expect(response.string("register.user.lastName") == "")
        }
    }

    @Test("a taken address, in any case, is a CONFLICT that says no more")
    func duplicate() async throws {
        try await APITestHarness.withHarness { harness in
            _ = try await harness.createUser(email: "taken@example.com")
            let response = try await harness.execute(
                AccountDocuments.register,
                variables: AccountDocuments.input(["email": "TAKEN@example.com", "password": "long enough!", "firstName": "X"]))
            #expect(response.onlyErrorCode == .conflict)
            #expect(response.result.errors.first?.message == "This e-mail address cannot be registered.")
            #expect(response.result.data == .null)
        }
    }

    @Test(
        "bad input names its field",
        arguments: [
            ("email", "not-an-address", "input.email"),
            ("password", "short", "input.password"),
            ("password", String(repeating: "é", count: 40), "input.password"),
            ("firstName", "   ", "input.firstName"),
            ("lastName", String(repeating: "x", count: 101), "input.lastName"),
            ("role", "ADMIN", "input.role"),
            ("role", "OWNER", "input.role"),
            ("timezone", "Mars/Olympus_Mons", "input.timezone"),
            ("currency", "dollars", "input.currency"),
            ("currency", "XXX", "input.currency"),
        ])
    func badInput(field: String, value: String, expected: String) async throws {
        try await APITestHarness.withHarness { harness in
            var fields: [String: String] = ["email": "new@example.com", "password": "long enough!", "firstName": "New"]
            fields[field] = value
            var input = ObjectValue()
            for (key, value) in fields { input[key] = .string(value) }
            let response = try await harness.execute(AccountDocuments.register, variables: ["input": .object(input)])
            #expect(response.onlyErrorCode == .badUserInput, "\(response.json)")
            #expect(response.errorField == expected)
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM users", as: Int64.self) == 0)
        }
    }
}
