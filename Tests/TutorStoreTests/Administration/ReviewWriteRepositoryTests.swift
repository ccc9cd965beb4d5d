import Foundation
import PostgresNIO
import Testing
import TutorStore

/// Review writes: one review per completed booking, the tutor's cached rating exact after every write, even
/// under concurrency, and a tutor's single answer.
@Suite("ReviewWriteRepository")
struct ReviewWriteRepositoryTests {
    /// A tutor and a student with `count` completed bookings together.
    static func arrange(
        _ fixture: AdministrationStoreFixture, bookings count: Int
    ) async throws -> (tutor: (userID: Int64, profileID: Int64), student: (userID: Int64, profileID: Int64), bookings: [Int64]) {
        let tutor = try await fixture.person("tutor")
        let student = try await fixture.person("student")
        var bookings: [Int64] = []
        for hour in 0..<count {
            bookings.append(try await fixture.booking(tutorProfile: tutor.profileID, studentProfile: student.profileID, hour: hour * 2))
        }
        return (tutor, student, bookings)
    }

    /// Accepts any booking: the API's authorization is tested with the API.
    static func anyone(_ booking: ReviewableBooking) {}

    @Test("a review is stored and the tutor's figures follow it in the same transaction")
    func create() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let (tutor, student, bookings) = try await Self.arrange(fixture, bookings: 1)
            let change = try await fixture.store.reviewWrites.createReview(
                NewReview(bookingID: bookings[0], rating: 4, comment: "Clear and patient.", isPublic: true),
                now: fixture.now, authorize: Self.anyone)

            #expect(change.review.rating == 4 && change.review.comment == "Clear and patient.")
            #expect(change.review.studentUserID == student.userID && change.review.tutorUserID == tutor.userID)
            #expect(change.tutor.averageRating == 4 && change.tutor.totalReviews == 1)
            #expect(try await fixture.count(
                "outbox", where: "payload->>'type' = 'NEW_REVIEW' AND (payload->>'userID')::int8 = \(tutor.userID)") == 1)
        }
    }

    @Test("the rating counts public, not deleted reviews only, rounded to two places")
    func ratingMath() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let (tutor, _, bookings) = try await Self.arrange(fixture, bookings: 6)
            let reviews = fixture.store.reviewWrites
            var last: ReviewChange?
            for (booking, rating) in zip(bookings.prefix(3), [5, 4, 4]) {
                last = try await reviews.createReview(
                    NewReview(bookingID: booking, rating: rating, comment: "", isPublic: true), now: fixture.now,
                    authorize: Self.anyone)
            }
            #expect(last?.tutor.averageRating == 4.33 && last?.tutor.totalReviews == 3)

            // A private one-star review does not count.
            last = try await reviews.createReview(
                NewReview(bookingID: bookings[3], rating: 1, comment: "", isPublic: false), now: fixture.now,
                authorize: Self.anyone)
            #expect(last?.tutor.averageRating == 4.33 && last?.tutor.totalReviews == 3)

            // Nor does one staff deleted; the next write recomputes without it.
            try await fixture.execute("UPDATE reviews SET deleted_at = now() WHERE booking_id = \(bookings[0])")
            last = try await reviews.createReview(
                NewReview(bookingID: bookings[4], rating: 2, comment: "", isPublic: true), now: fixture.now,
                authorize: Self.anyone)
            #expect(last?.tutor.averageRating == 3.33 && last?.tutor.totalReviews == 3)
            #expect(try await fixture.value(
                "SELECT average_rating::float8 FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Double.self) == 3.33)
        }
    }

    @Test("a booking that is not ENDED and COMPLETED cannot be reviewed; nothing is written")
    func notCompleted() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let tutor = try await fixture.person("tutor")
            let student = try await fixture.person("student")
            let noShow = try await fixture.booking(
                tutorProfile: tutor.profileID, studentProfile: student.profileID, outcome: "NO_SHOW_TUTOR")
            let scheduled = try await fixture.booking(
                tutorProfile: tutor.profileID, studentProfile: student.profileID, hour: 2000, state: "SCHEDULED", outcome: nil)
            await #expect(throws: ReviewWriteError.sessionNotCompleted(state: "ENDED", outcome: "NO_SHOW_TUTOR")) {
                try await fixture.store.reviewWrites.createReview(
                    NewReview(bookingID: noShow, rating: 1, comment: "", isPublic: true), now: fixture.now,
                    authorize: Self.anyone)
            }
            await #expect(throws: ReviewWriteError.sessionNotCompleted(state: "SCHEDULED", outcome: nil)) {
                try await fixture.store.reviewWrites.createReview(
                    NewReview(bookingID: scheduled, rating: 5, comment: "", isPublic: true), now: fixture.now,
                    authorize: Self.anyone)
            }
            await #expect(throws: ReviewWriteError.bookingNotFound) {
                try await fixture.store.reviewWrites.createReview(
                    NewReview(bookingID: 999_999, rating: 5, comment: "", isPublic: true), now: fixture.now,
                    authorize: Self.anyone)
            }
            #expect(try await fixture.count("reviews") == 0)
            #expect(try await fixture.count("outbox") == 0)
        }
    }

    @Test("a refusal from the caller's authorization check writes nothing")
    func authorizationRefusal() async throws {
        struct Refused: Error {}
        try await AdministrationStoreFixture.run { fixture in
            let (_, student, bookings) = try await Self.arrange(fixture, bookings: 1)
            var seen: ReviewableBooking?
            await #expect(throws: Refused.self) {
                try await fixture.store.reviewWrites.createReview(
                    NewReview(bookingID: bookings[0], rating: 5, comment: "", isPublic: true), now: fixture.now
                ) { booking in
                    seen = booking
                    throw Refused()
                }
            }
            #expect(seen?.studentUserID == student.userID)
            #expect(try await fixture.count("reviews") == 0)
        }
    }

    @Test("twenty concurrent reviews of one booking: exactly one is stored, the others are told it exists")
    func concurrentSameBooking() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let (tutor, _, bookings) = try await Self.arrange(fixture, bookings: 1)
            let reviews = fixture.store.reviewWrites
            let outcomes = await withTaskGroup(of: Result<ReviewChange, any Error>.self) { group in
                for rating in 0..<20 {
                    group.addTask {
                        await Result {
                            try await reviews.createReview(
                                NewReview(bookingID: bookings[0], rating: rating % 5 + 1, comment: "", isPublic: true),
                                now: fixture.now, authorize: Self.anyone)
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let failures = outcomes.compactMap { outcome -> ReviewWriteError? in
                if case .failure(let error) = outcome { return error as? ReviewWriteError }
                return nil
            }
            #expect(outcomes.filter { if case .success = $0 { true } else { false } }.count == 1)
            #expect(failures == Array(repeating: .alreadyReviewed, count: 19))
            #expect(try await fixture.count("reviews") == 1)
            #expect(try await fixture.count("tutor_profiles", where: "id = \(tutor.profileID) AND total_reviews = 1") == 1)
        }
    }

    @Test("concurrent reviews of different bookings of one tutor all count in the rating")
    func concurrentSameTutor() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let (tutor, _, bookings) = try await Self.arrange(fixture, bookings: 12)
            let reviews = fixture.store.reviewWrites
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, booking) in bookings.enumerated() {
                    group.addTask {
                        _ = try await reviews.createReview(
                            NewReview(bookingID: booking, rating: index % 2 == 0 ? 5 : 2, comment: "", isPublic: true),
                            now: fixture.now, authorize: Self.anyone)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await fixture.count(
                "tutor_profiles", where: "id = \(tutor.profileID) AND total_reviews = 12 AND average_rating = 3.50") == 1)
        }
    }

    @Test("a tutor answers a review once")
    func respond() async throws {
        try await AdministrationStoreFixture.run { fixture in
            let (tutor, student, bookings) = try await Self.arrange(fixture, bookings: 1)
            let created = try await fixture.store.reviewWrites.createReview(
                NewReview(bookingID: bookings[0], rating: 3, comment: "Fine.", isPublic: true), now: fixture.now,
                authorize: Self.anyone)
            let answered = try await fixture.store.reviewWrites.respondToReview(
                created.review.id, response: "Thanks!", now: fixture.now) { review in
                #expect(review.tutorUserID == tutor.userID)
            }
            #expect(answered.review.tutorResponse == "Thanks!" && answered.review.tutorRespondedAt == fixture.now)
            #expect(answered.tutor.id == tutor.profileID && answered.tutor.totalReviews == 1)
            #expect(try await fixture.count(
                "outbox", where: "(payload->>'userID')::int8 = \(student.userID) AND payload->'data' ? 'reviewId'") == 1)
            await #expect(throws: ReviewWriteError.alreadyResponded) {
                try await fixture.store.reviewWrites.respondToReview(created.review.id, response: "Again", now: fixture.now) { _ in }
            }
            await #expect(throws: ReviewWriteError.reviewNotFound) {
                try await fixture.store.reviewWrites.respondToReview(999_999, response: "?", now: fixture.now) { _ in }
            }
        }
    }
}
