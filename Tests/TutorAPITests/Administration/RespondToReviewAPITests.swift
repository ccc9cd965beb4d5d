import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("respondToReview")
struct RespondToReviewAPITests {
    static let respond = """
        mutation($input: RespondToReviewInput!) {
          respondToReview(input: $input) { review { tutorResponse tutorRespondedAt } tutor { totalReviews } }
        }
        """

    /// A tutor with one completed session reviewed by its student (publicly unless told otherwise).
    static func arrange(_ harness: APITestHarness, isPublic: Bool = true) async throws
        -> (tutor: TestUser, student: TestUser, review: String)
    {
        let tutor = try await harness.createUser(.tutor)
        let student = try await harness.createUser(.student)
        let fixture = BookingFixture(harness: harness)
        let booking = try await fixture.booking(
            tutor: tutor, student: student, start: harness.clock.now().addingTimeInterval(-86_400), state: BookingFixture.completed)
        let review = try await fixture.review(booking: booking, rating: 3, isPublic: isPublic)
        return (tutor, student, GlobalID(.review, review).description)
    }

    static func input(_ review: String, _ response: String = "Thank you!") -> ObjectValue {
        ["input": .object(["reviewId": .string(review), "response": .string(response)])]
    }

    @Test("the reviewed tutor answers once; a second answer is a CONFLICT")
    func respond() async throws {
        try await APITestHarness.withHarness { harness in
            let (tutor, _, review) = try await Self.arrange(harness)
            let answered = try await harness.execute(Self.respond, variables: Self.input(review), as: tutor.viewer)
            #expect(answered.succeeded, "\(answered.json)")
            #expect(answered.string("respondToReview.review.tutorResponse") == "Thank you!")
            #expect(answered.string("respondToReview.review.tutorRespondedAt") != nil)

            let again = try await harness.execute(Self.respond, variables: Self.input(review, "Again"), as: tutor.viewer)
            #expect(again.onlyErrorCode == .conflict, "\(again.json)")
            #expect(try await harness.scalar("SELECT tutor_response FROM reviews", as: String.self) == "Thank you!")
        }
    }

    @Test("a blank or long answer and a wrong ID are BAD_USER_INPUT naming the field")
    func badInput() async throws {
        try await APITestHarness.withHarness { harness in
            let (tutor, student, review) = try await Self.arrange(harness)
            let cases: [(ObjectValue, String)] = [
                (Self.input(review, "  "), "input.response"),
                (Self.input(review, String(repeating: "r", count: 2_001)), "input.response"),
                (Self.input(student.globalID), "input.reviewId"),
            ]
            for (variables, field) in cases {
                let response = try await harness.execute(Self.respond, variables: variables, as: tutor.viewer)
                #expect(response.onlyErrorCode == .badUserInput && response.errorField == field, "\(field): \(response.json)")
            }
        }
    }

    @Test("only the reviewed tutor answers; a private review is NOT_FOUND to tutors who cannot read it")
    func authorization() async throws {
        try await APITestHarness.withHarness { harness in
            let (_, student, review) = try await Self.arrange(harness)
            let (_, _, privateReview) = try await Self.arrange(harness, isPublic: false)
            let otherTutor = try await harness.createUser(.tutor)
            let cast = try await harness.staffCast()
            let expectations: [(String, Viewer?, String, ErrorCode)] = [
                ("anonymous", nil, review, .unauthenticated), ("the reviewer", student.viewer, review, .forbidden),
                ("another tutor", otherTutor.viewer, review, .forbidden),
                ("another tutor, private review", otherTutor.viewer, privateReview, .notFound),
                ("admin", cast.admin.viewer, review, .forbidden), ("owner", cast.owner.viewer, review, .forbidden),
            ]
            for (name, viewer, target, code) in expectations {
                let response = try await harness.execute(Self.respond, variables: Self.input(target), as: viewer)
                #expect(response.onlyErrorCode == code, "\(name): \(response.json)")
            }
            #expect(try await harness.scalar(
                "SELECT count(*)::int8 FROM reviews WHERE tutor_response IS NOT NULL", as: Int64.self) == 0)
        }
    }
}
