import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

/// Who may read what of bookings, packages, payouts and revenue: every role against every read.
@Suite("Bookings: authorization matrix")
struct BookingAuthorizationTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// The people of one booking and everyone around it.
    struct Cast {
        let student: TestUser
        let tutor: TestUser
        let otherStudent: TestUser
        let otherTutor: TestUser
        let admin: TestUser
        let owner: TestUser
        let booking: Int64
        let package: Int64
        let payout: Int64

        /// Every viewer of the matrix, with a name for failure messages (nil: signed out).
        var viewers: [(name: String, viewer: Viewer?)] {
            [
                ("anonymous", nil), ("the booking's student", student.viewer), ("its tutor", tutor.viewer),
                ("another student", otherStudent.viewer), ("another tutor", otherTutor.viewer),
                ("admin", admin.viewer), ("owner", owner.viewer),
            ]
        }
    }

    /// A scheduled booking with a package, a completed one paid out, and the people around them.
    static func withCast(_ body: (APITestHarness, Cast) async throws -> Void) async throws {
        try await APITestHarness.withHarness(now: now) { harness in
            let fixture = BookingFixture(harness: harness)
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            let package = try await fixture.package(student: student, tutor: tutor)
            let booking = try await fixture.booking(tutor: tutor, student: student, start: now.addingTimeInterval(86_400))
            let completed = try await fixture.booking(
                tutor: tutor, student: student, start: now.addingTimeInterval(-86_400), state: BookingFixture.completed)
            let payout = try await fixture.payout(tutor: tutor, bookings: [completed], periodStart: now.addingTimeInterval(-7 * 86_400))
            let cast = Cast(
                student: student, tutor: tutor, otherStudent: try await harness.createUser(.student),
                otherTutor: try await harness.createUser(.tutor), admin: try await harness.createUser(.admin),
                owner: try await harness.createUser(.owner), booking: booking, package: package, payout: payout)
            try await body(harness, cast)
        }
    }

    @Test("booking(id) and node(id): the two parties and staff see it; everyone else reads null, signed out included")
    func bookingVisibility() async throws {
        try await Self.withCast { harness, cast in
            let id = GlobalID(.booking, cast.booking).description
            let visibleTo: Set<String> = ["the booking's student", "its tutor", "admin", "owner"]
            for (name, viewer) in cast.viewers {
                let response = try await harness.execute(
                    "query($id: ID!) { booking(id: $id) { id } node(id: $id) { id } }", variables: ["id": .string(id)],
                    as: viewer)
                #expect(response.result.errors.isEmpty, "\(name): \(response.json)")
                let expected: Value = visibleTo.contains(name) ? .string(id) : .null
                #expect(response.value("booking.id") ?? .null == expected, "\(name)")
                #expect(response.value("node.id") ?? .null == expected, "\(name)")
            }
        }
    }

    @Test("tutorEarnings: the tutor and staff; joinUrl: the two parties only, not even staff")
    func earningsAndJoinLink() async throws {
        try await Self.withCast { harness, cast in
            let id = GlobalID(.booking, cast.booking).description
            let earnings: Set<String> = ["its tutor", "admin", "owner"]
            let joinLink: Set<String> = ["the booking's student", "its tutor"]
            for (name, viewer) in cast.viewers where ["the booking's student", "its tutor", "admin", "owner"].contains(name) {
                let response = try await harness.execute(
                    "query($id: ID!) { booking(id: $id) { tutorEarnings { amountCents } joinUrl } }",
                    variables: ["id": .string(id)], as: viewer)
                #expect(response.result.errors.isEmpty, "\(name): \(response.json)")
                #expect(response.isNull("booking.tutorEarnings") != earnings.contains(name), "\(name)")
                #expect(response.isNull("booking.joinUrl") != joinLink.contains(name), "\(name)")
            }
        }
    }

    @Test("myBookings and packages: UNAUTHENTICATED signed out, otherwise only the viewer's own")
    func ownLists() async throws {
        try await Self.withCast { harness, cast in
            let ownsBookings: Set<String> = ["the booking's student", "its tutor"]
            for (name, viewer) in cast.viewers {
                let response = try await harness.execute(
                    "{ myBookings { totalCount } packages { totalCount edges { node { id } } } }", as: viewer)
                if viewer == nil {
                    for query in ["{ myBookings { totalCount } }", "{ packages { totalCount } }"] {
                        #expect(try await harness.execute(query).onlyErrorCode == .unauthenticated, "\(query)")
                    }
                    continue
                }
                #expect(response.result.errors.isEmpty, "\(name): \(response.json)")
                #expect(response.value("myBookings.totalCount") == .int(ownsBookings.contains(name) ? 2 : 0), "\(name)")
                let packages = name == "the booking's student" ? 1 : 0
                #expect(response.value("packages.totalCount") == .int(packages), "\(name)")
            }
        }
    }

    @Test("node(id) of a package: its student, its tutor and staff")
    func packageNode() async throws {
        try await Self.withCast { harness, cast in
            let id = GlobalID(.studentPackage, cast.package).description
            let visibleTo: Set<String> = ["the booking's student", "its tutor", "admin", "owner"]
            for (name, viewer) in cast.viewers {
                let response = try await harness.execute(
                    "query($id: ID!) { node(id: $id) { id } }", variables: ["id": .string(id)], as: viewer)
                #expect(response.isNull("node") != visibleTo.contains(name), "\(name): \(response.json)")
            }
        }
    }

    @Test("payouts: a tutor their own, staff anyone's; students FORBIDDEN, another tutor's FORBIDDEN")
    func payouts() async throws {
        try await Self.withCast { harness, cast in
            let tutorID = GlobalID(.tutor, try #require(await tutorProfileID(of: cast.tutor, harness))).description
            let expectations: [String: (own: ListOutcome, ofTutor: ListOutcome)] = [
                "anonymous": (.refused(.unauthenticated), .refused(.unauthenticated)),
                "the booking's student": (.refused(.forbidden), .refused(.forbidden)),
                "its tutor": (.count(1), .count(1)),
                "another student": (.refused(.forbidden), .refused(.forbidden)),
                "another tutor": (.count(0), .refused(.forbidden)),
                "admin": (.count(1), .count(1)),
                "owner": (.count(1), .count(1)),
            ]
            for (name, viewer) in cast.viewers {
                let expected = try #require(expectations[name])
                let own = try await harness.execute("{ payouts { totalCount edges { node { id } } } }", as: viewer)
                let ofTutor = try await harness.execute(
                    "query($tutor: ID) { payouts(tutorId: $tutor) { totalCount } }", variables: ["tutor": .string(tutorID)],
                    as: viewer)
                for (response, outcome) in [(own, expected.own), (ofTutor, expected.ofTutor)] {
                    switch outcome {
                    case .count(let count):
                        #expect(response.value("payouts.totalCount") == .int(count), "\(name): \(response.json)")
                    case .refused(let code):
                        #expect(response.onlyErrorCode == code, "\(name): \(response.json)")
                    }
                }
            }
            let node = try await harness.execute(
                "query($id: ID!) { node(id: $id) { id } }",
                variables: ["id": .string(GlobalID(.payout, cast.payout).description)], as: cast.otherTutor.viewer)
            #expect(node.isNull("node"))
        }
    }

    @Test("revenueReport: the owner only")
    func revenueReport() async throws {
        try await Self.withCast { harness, cast in
            for (name, viewer) in cast.viewers {
                let response = try await harness.execute(
                    #"{ revenueReport(from: "2026-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z") { bookingsCreated } }"#,
                    as: viewer)
                switch name {
                case "anonymous": #expect(response.onlyErrorCode == .unauthenticated, "\(name)")
                case "owner": #expect(response.value("revenueReport.bookingsCreated") == .int(2), "\(response.json)")
                default: #expect(response.onlyErrorCode == .forbidden, "\(name)")
                }
            }
        }
    }

    /// What a list query should answer: a total, or one error.
    enum ListOutcome {
        case count(Int)
        case refused(ErrorCode)
    }

    /// The tutor profile ID of a tutor the harness created.
    private func tutorProfileID(of tutor: TestUser, _ harness: APITestHarness) async throws -> Int64? {
        try await harness.scalar("SELECT id FROM tutor_profiles WHERE user_id = \(tutor.id)", as: Int64.self)
    }
}

