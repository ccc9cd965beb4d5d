import Foundation
import Testing
import TutorStore

/// The batched review pages `Tutor.reviews` is built on.
@Suite("ReviewRepository")
struct ReviewRepositoryTests {
    /// Two tutors: the first with five public reviews a microsecond apart plus a private and a deleted one, the
    /// second with one public review; a third tutor has none.
    static func arrange(_ fixture: BookingStoreFixture) async throws -> (tutors: [Int64], firstTutorReviews: [Int64]) {
        let student = try await fixture.person("student")
        var tutors: [Int64] = []
        var reviews: [Int64] = []
        for tutorIndex in 0..<3 {
            let tutor = try await fixture.person("tutor")
            tutors.append(tutor.profileID)
            let count = [7, 1, 0][tutorIndex]
            for index in 0..<count {
                let start = Date(timeIntervalSince1970: 1_800_000_000 + Double(index) * 7_200)
                let booking = try await fixture.booking(
                    tutorProfile: tutor.profileID, studentProfile: student.profileID, start: start)
                // Microsecond-apart timestamps: a cursor rebuilt from a double would skip or repeat rows.
                let createdAt = "TIMESTAMPTZ '2027-01-01 00:00:00.000001+00' + interval '\(index) microseconds'"
                let review = try await fixture.review(
                    booking: booking, createdAt: createdAt, isPublic: index != 5, deleted: index == 6)
                if tutorIndex == 0, index < 5 { reviews.append(review) }
            }
        }
        return (tutors, reviews.reversed())
    }

    @Test("one statement pages every tutor's public reviews, newest first, with one extra row when more follow")
    func firstPages() async throws {
        try await BookingStoreFixture.run { fixture in
            let (tutors, expected) = try await Self.arrange(fixture)
            let (pages, statements) = try await StatementCounter.counting {
                try await fixture.store.reviews.reviews(forTutorIDs: tutors, limit: 3, direction: .forward, after: nil)
            }
            #expect(statements == 1)
            #expect(pages[tutors[0]]?.map(\.id) == Array(expected.prefix(4)))
            #expect(pages[tutors[1]]?.count == 1)
            #expect(pages[tutors[2]] == [])
        }
    }

    @Test("pages continue exactly after a microsecond-precise cursor, forward and backward")
    func cursors() async throws {
        try await BookingStoreFixture.run { fixture in
            let (tutors, expected) = try await Self.arrange(fixture)
            let reviews = fixture.store.reviews
            let first = try await reviews.reviews(forTutorIDs: [tutors[0]], limit: 2, direction: .forward, after: nil)
            let cursor = try #require(first[tutors[0]]?[1].position)
            let second = try await reviews.reviews(forTutorIDs: [tutors[0]], limit: 2, direction: .forward, after: cursor)
            #expect(second[tutors[0]]?.map(\.id) == Array(expected[2...4]))

            let last = try #require(expected.last)
            let lastPosition = try #require(first[tutors[0]]?.first { $0.id == last }?.position ?? second[tutors[0]]?.last?.position)
            let backward = try await reviews.reviews(forTutorIDs: [tutors[0]], limit: 2, direction: .backward, after: lastPosition)
            #expect(backward[tutors[0]]?.map(\.id) == [expected[3], expected[2], expected[1]])
        }
    }

    @Test("review counts leave out private and deleted reviews and name every tutor asked for")
    func counts() async throws {
        try await BookingStoreFixture.run { fixture in
            let (tutors, _) = try await Self.arrange(fixture)
            let counts = try await fixture.store.reviews.reviewCounts(forTutorIDs: tutors)
            #expect(counts == [tutors[0]: 5, tutors[1]: 1, tutors[2]: 0])
        }
    }
}
