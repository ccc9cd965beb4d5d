import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorAPI
import TutorDomain
import TutorStore

/// The people of the authorization matrix: a subject (a student) and everyone who may look at them.
private struct Cast {
    let subject: TestUser
    let otherStudent: TestUser
    let tutor: TestUser
    let admin: TestUser
    let owner: TestUser
    let deleted: TestUser

    init(_ harness: APITestHarness) async throws {
        subject = try await harness.createUser(.student, email: "subject@example.com")
        otherStudent = try await harness.createUser(.student)
        tutor = try await harness.createUser(.tutor)
        admin = try await harness.createUser(.admin)
        owner = try await harness.createUser(.owner)
        deleted = try await harness.createUser(.student, email: "deleted@example.com", deleted: true)
    }

    /// Each looker by name; nil is the signed-out visitor.
    var lookers: [(String, Viewer?)] {
        [
            ("anonymous", nil), ("self", subject.viewer), ("other student", otherStudent.viewer),
            ("tutor", tutor.viewer), ("admin", admin.viewer), ("owner", owner.viewer),
        ]
    }
}

@Suite("API: who sees which user data")
struct UserVisibilityTests {
    static let userFields = """
        query($id: ID!) {
          node(id: $id) {
            ... on User {
              id email firstName role lastLoginAt deletedAt
              profile { about } notificationPreferences { channel }
            }
          }
        }
        """

    @Test("viewer is the signed-in user, null when signed out")
    func viewer() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await Cast(harness)
            #expect(try await harness.execute("{ viewer { id } }").isNull("viewer"))
            for user in [cast.subject, cast.tutor, cast.admin, cast.owner] {
                let response = try await harness.execute("{ viewer { id email role } }", as: user.viewer)
                #expect(response.string("viewer.id") == user.globalID)
                #expect(response.string("viewer.email") == user.email)
                #expect(response.string("viewer.role") == user.role.rawValue.uppercased())
            }
            #expect(try await harness.execute("{ viewer { id } }", as: cast.deleted.viewer).isNull("viewer"))
        }
    }

    @Test("email, last login and profile: the user and staff; switches: the user alone; deletedAt: staff")
    func privateFields() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await Cast(harness)
            let expectations: [String: (privateData: Bool, settings: Bool, moderation: Bool)] = [
                "anonymous": (false, false, false), "self": (true, true, false), "other student": (false, false, false),
                "tutor": (false, false, false), "admin": (true, false, true), "owner": (true, false, true),
            ]
            for (name, viewer) in cast.lookers {
                let response = try await harness.execute(
                    Self.userFields, variables: ["id": .string(cast.subject.globalID)], as: viewer)
                let expected = try #require(expectations[name])
                #expect(response.string("node.firstName") == "Test", "\(name)")
                #expect((response.string("node.email") == "subject@example.com") == expected.privateData, "\(name)")
                #expect(response.isNull("node.email") == !expected.privateData, "\(name)")
                #expect(response.isNull("node.profile") == !expected.privateData, "\(name)")
                #expect(response.isNull("node.notificationPreferences") == !expected.settings, "\(name)")
                #expect(response.isNull("node.deletedAt"), "\(name): not deleted, so null for everyone")
            }
        }
    }

    @Test("a soft-deleted user exists for staff only")
    func softDeleted() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await Cast(harness)
            for (name, viewer) in cast.lookers {
                let response = try await harness.execute(
                    Self.userFields, variables: ["id": .string(cast.deleted.globalID)], as: viewer)
                let staff = viewer?.role.isStaff ?? false
                #expect(response.result.errors.isEmpty, "\(name): \(response.json)")
                #expect(response.isNull("node") == !staff, "\(name)")
                #expect((response.value("node.deletedAt")?.stringValue != nil) == staff, "\(name)")
            }
        }
    }

    @Test("an unapproved tutor profile shows to its tutor and staff, a student profile to the student and staff")
    func roleProfiles() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await Cast(harness)
            let query = """
                query($student: ID!, $tutor: ID!) {
                  student: node(id: $student) { ... on User { studentProfile { id } tutorProfile { id } } }
                  tutor: node(id: $tutor) { ... on User { studentProfile { id } tutorProfile { id } } }
                }
                """
            let variables: ObjectValue = ["student": .string(cast.subject.globalID), "tutor": .string(cast.tutor.globalID)]
            for (name, viewer) in cast.lookers {
                let response = try await harness.execute(query, variables: variables, as: viewer)
                #expect(response.result.errors.isEmpty, "\(name): \(response.json) \(response.internalErrors)")
                let seesStudent = name == "self" || viewer?.role.isStaff == true
                let seesTutor = viewer == cast.tutor.viewer || viewer?.role.isStaff == true
                #expect(response.isNull("student.studentProfile") == !seesStudent, "\(name)")
                #expect(response.isNull("tutor.tutorProfile") == !seesTutor, "\(name)")
                #expect(response.isNull("student.tutorProfile") && response.isNull("tutor.studentProfile"), "\(name)")
            }
            _ = try await harness.client.query(
                "UPDATE tutor_profiles SET profile_status = 'approved', is_approved = true", logger: APITestHarness.logger)
            let approved = try await harness.execute(query, variables: variables)
            #expect(approved.string("tutor.tutorProfile.id") != nil, "an approved profile is public: \(approved.json)")
        }
    }

    @Test("unknown and malformed IDs read as null")
    func unknownIDs() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            for id in [GlobalID(.user, 999_999).description, "not-an-id", GlobalID(.booking, 1).description] {
                let response = try await harness.execute(Self.userFields, variables: ["id": .string(id)], as: admin.viewer)
                #expect(response.isNull("node"), "\(id)")
            }
        }
    }

    @Test("the staff directory: UNAUTHENTICATED signed out, FORBIDDEN for students and tutors, open to staff")
    func directoryAccess() async throws {
        try await APITestHarness.withHarness { harness in
            let cast = try await Cast(harness)
            for (name, viewer) in cast.lookers {
                let response = try await harness.execute("{ users { totalCount edges { node { email } } } }", as: viewer)
                switch viewer?.role {
                case nil: #expect(response.onlyErrorCode == .unauthenticated, "\(name)")
                case .student?, .tutor?: #expect(response.onlyErrorCode == .forbidden, "\(name)")
                case .admin?, .owner?:
                    #expect(response.value("users.totalCount") == .int(5), "\(name): \(response.json)")
                    #expect(response.string("users.edges.0.node.email") != nil, "\(name)")
                }
            }
        }
    }
}
