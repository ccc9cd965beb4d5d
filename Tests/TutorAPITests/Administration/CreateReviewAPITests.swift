import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("createReview")
struct CreateReviewAPITests {
    static let create = """
        mutation($input: CreateReviewInput!) {
          createReview(input: $input) {
            clientMutationId
            review { rating comment isPublic student { firstName } booking { id } }
            tutor { averageRating totalReviews }
          }
        }
        """

    /// A tutor, the student who had `count` completed sessions with them, and those bookings' global IDs.
    static func arrange(_ harness: APITestHarness, completed count: Int) async throws
        -> (tutor: TestUser, student: TestUser, bookings: [String])
    {
        let tutor = try await harness.createUser(.tutor, firstName: "Tess")
        let student = try await harness.createUser(.student, firstName: "Sam")
        let fixture = BookingFixture(harness: harness)
        var bookings: [String] = []
        for index in 0..<count {
            let start = harness.clock.now().addingTimeInterval(-Double(index + 1) * 86_400)
            let id = try await fixture.booking(tutor: tutor, student: student, start: start, state: BookingFixture.completed)
            bookings.append(GlobalID(.booking, id).description)
        }
        return (tutor, student, bookings)
    }

    /// The `createReview` input for `booking`.
    static func input(
        _ booking: String, rating: Int = 5, comment: String = "", isPublic: Bool = true, clientMutationId: String? = nil
    ) -> ObjectValue {
        ["input": .object([
            "bookingId": .string(booking), "rating": .int(rating), "comment": .string(comment), "isPublic": .bool(isPublic),
            "clientMutationId": clientMutationId.map(Value.string) ?? .null,
        ])]
    }

    @Test("the booking's student reviews it; the payload carries the review and the tutor's new rating")
    func create() async throws {
        try await APITestHarness.withHarness { harness in
            let (_, student, bookings) = try await Self.arrange(harness, completed: 1)
            let response = try await harness.execute(
                Self.create, variables: Self.input(bookings[0], rating: 4, comment: "Patient and clear.", clientMutationId: "c1"),
                as: student.viewer)
            #expect(response.succeeded, "\(response.json)")
            #expect(response.string("createReview.clientMutationId") == "c1")
            #expect(response.value("createReview.review.rating") == .int(4))
            #expect(response.string("createReview.review.comment") == "Patient and clear.")
            #expect(response.string("createReview.review.student.firstName") == "Sam")
            #expect(response.string("createReview.review.booking.id") == bookings[0])
            #expect(response.value("createReview.tutor.averageRating") == .float(4))
            #expect(response.value("createReview.tutor.totalReviews") == .int(1))
        }
    }

    @Test("the rating after several reviews: public ones only, rounded to two places")
    func ratingMath() async throws {
        try await APITestHarness.withHarness { harness in
            let (_, student, bookings) = try await Self.arrange(harness, completed: 4)
            var last: APIResponse?
            for (booking, rating) in zip(bookings.prefix(3), [5, 4, 2]) {
                last = try await harness.execute(Self.create, variables: Self.input(booking, rating: rating), as: student.viewer)
            }
            #expect(last?.value("createReview.tutor.averageRating") == .float(3.67), "\(last?.json ?? "")")
            #expect(last?.value("createReview.tutor.totalReviews") == .int(3))
            let hidden = try await harness.execute(
                Self.create, variables: Self.input(bookings[3], rating: 1, isPublic: false), as: student.viewer)
            #expect(hidden.value("createReview.review.isPublic") == .bool(false))
            #expect(hidden.value("createReview.tutor.averageRating") == .float(3.67))
            #expect(hidden.value("createReview.tutor.totalReviews") == .int(3))
        }
    }

    @Test("a rating outside 1–5, a long comment and a wrong ID are BAD_USER_INPUT naming the field")
    func badInput() async throws {
        try await APITestHarness.withHarness { harness in
            let (tutor, student, bookings) = try await Self.arrange(harness, completed: 1)
            let cases: [(ObjectValue, String)] = [
                (Self.input(bookings[0], rating: 0), "input.rating"),
                (Self.input(bookings[0], rating: 6), "input.rating"),
                (Self.input(bookings[0], comment: String(repeating: "c", count: 2_001)), "input.comment"),
                (Self.input(tutor.globalID), "input.bookingId"),
            ]
            for (variables, field) in cases {
                let response = try await harness.execute(Self.create, variables: variables, as: student.viewer)
                #expect(response.onlyErrorCode == .badUserInput && response.errorField == field, "\(field): \(response.json)")
            }
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM reviews", as: Int64.self) == 0)
        }
    }

    @Test("only the booking's student reviews: others are UNAUTHENTICATED, FORBIDDEN or told it does not exist")
    func authorization() async throws {
        try await APITestHarness.withHarness { harness in
            let (tutor, student, bookings) = try await Self.arrange(harness, completed: 1)
            let stranger = try await harness.createUser(.student)
            let cast = try await harness.staffCast()
            let expectations: [(String, Viewer?, ErrorCode)] = [
                ("anonymous", nil, .unauthenticated), ("the booking's tutor", tutor.viewer, .forbidden),
                ("another student", stranger.viewer, .notFound), ("admin", cast.admin.viewer, .forbidden),
                ("owner", cast.owner.viewer, .forbidden),
            ]
            for (name, viewer, code) in expectations {
                let response = try await harness.execute(Self.create, variables: Self.input(bookings[0]), as: viewer)
                #expect(response.onlyErrorCode == code, "\(name): \(response.json)")
            }
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM reviews", as: Int64.self) == 0)
            let own = try await harness.execute(Self.create, variables: Self.input(bookings[0]), as: student.viewer)
            #expect(own.succeeded, "\(own.json)")
        }
    }

    @Test("an unfinished session and a second review are CONFLICTs")
    func conflicts() async throws {
        try await APITestHarness.withHarness { harness in
            let (tutor, student, bookings) = try await Self.arrange(harness, completed: 1)
            let scheduled = try await BookingFixture(harness: harness).booking(
                tutor: tutor, student: student, start: harness.clock.now().addingTimeInterval(86_400))
            let early = try await harness.execute(
                Self.create, variables: Self.input(GlobalID(.booking, scheduled).description), as: student.viewer)
            #expect(early.onlyErrorCode == .conflict, "\(early.json)")
            #expect(early.result.errors.first?.extensions["currentState"] == .string("SCHEDULED"))

            #expect(try await harness.execute(Self.create, variables: Self.input(bookings[0]), as: student.viewer).succeeded)
            let second = try await harness.execute(Self.create, variables: Self.input(bookings[0], rating: 1), as: student.viewer)
            #expect(second.onlyErrorCode == .conflict, "\(second.json)")
            #expect(try await harness.scalar("SELECT rating::int8 FROM reviews", as: Int64.self) == 5)
        }
    }

    @Test("twenty concurrent reviews of one booking: exactly one succeeds, the rest are CONFLICTs")
    func concurrent() async throws {
        try await APITestHarness.withHarness { harness in
            let (_, student, bookings) = try await Self.arrange(harness, completed: 1)
            let codes = try await withThrowingTaskGroup(of: ErrorCode?.self) { group in
                for rating in 0..<20 {
                    group.addTask {
                        let response = try await harness.execute(
                            Self.create, variables: Self.input(bookings[0], rating: rating % 5 + 1), as: student.viewer)
                        return response.succeeded ? nil : response.onlyErrorCode ?? .internalServerError
                    }
                }
                return try await group.reduce(into: [ErrorCode?]()) { $0.append($1) }
            }
            #expect(codes.filter { $0 == nil }.count == 1)
            #expect(codes.filter { $0 == .conflict }.count == 19)
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM reviews", as: Int64.self) == 1)
            #expect(try await harness.scalar("SELECT total_reviews::int8 FROM tutor_profiles", as: Int64.self) == 1)
        }
    }
}
