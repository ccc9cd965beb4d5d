import Foundation
import PostgresNIO

/// Writing reviews: a student reviews a completed session once, a tutor answers a review once. Each write is one
/// transaction that also keeps the tutor's cached rating exact and queues the other party's notification.
public struct ReviewWriteRepository: Sendable {
    let database: Database

    /// Records `review` and recomputes the tutor's `average_rating` and `total_reviews`, in one transaction.
    ///
    /// The booking is locked first, so two submissions for one booking run one after the other and the second
    /// finds the first's review. `authorize` sees the booking's parties while it is locked and throws to refuse.
    /// Throws `ReviewWriteError.bookingNotFound`, `.sessionNotCompleted` or `.alreadyReviewed`.
    public func createReview(
        _ review: NewReview, now: Date, authorize: (ReviewableBooking) throws -> Void
    ) async throws -> ReviewChange {
        try await database.withTransaction { transaction in
            let locked = try await transaction.query(
                """
                SELECT b.tutor_profile_id, sp.user_id, tp.user_id, b.session_state, b.session_outcome
                FROM bookings b
                JOIN student_profiles sp ON sp.id = b.student_profile_id
                JOIN tutor_profiles tp ON tp.id = b.tutor_profile_id
                WHERE b.id = \(review.bookingID) AND b.deleted_at IS NULL
                FOR UPDATE OF b
                """
            )
            guard let row = locked.first else { throw ReviewWriteError.bookingNotFound }
            let (tutorProfileID, studentUserID, tutorUserID, state, outcome) =
                try row.decode((Int64, Int64, Int64, String, String?).self)
            try authorize(ReviewableBooking(bookingID: review.bookingID, studentUserID: studentUserID, tutorUserID: tutorUserID))
            guard state == "ENDED", outcome == "COMPLETED" else {
                throw ReviewWriteError.sessionNotCompleted(state: state, outcome: outcome)
            }
            // Its own statement, after the lock: a subquery of the locking SELECT would read the snapshot taken
            // before waiting, and miss the review of the writer that held the lock.
            let existing = try await transaction.query("SELECT 1 FROM reviews WHERE booking_id = \(review.bookingID)")
            guard existing.isEmpty else { throw ReviewWriteError.alreadyReviewed }

            let inserted = try await transaction.query(
                """
                WITH r AS (
                    INSERT INTO reviews (booking_id, tutor_profile_id, student_profile_id, rating, comment, is_public,
                                         created_at, updated_at)
                    SELECT b.id, b.tutor_profile_id, b.student_profile_id, \(review.rating)::int2, \(review.comment),
                           \(review.isPublic), \(now), \(now)
                    FROM bookings b WHERE b.id = \(review.bookingID)
                    RETURNING *
                )
                SELECT \(unescaped: ReviewRow.columns) FROM r \(unescaped: ReviewRow.joins)
                """
            )
            guard let reviewRow = inserted.first else { throw AccountDataError.missingRow("INSERT INTO reviews") }
            let tutor = try await TutorRating.refresh(tutorProfileID: tutorProfileID, in: transaction)
            try await OutboxWriter(transaction: transaction).enqueue(
                [
                    try OutboxMessage(
                        topic: .notification,
                        payload: NotificationPayload(
                            userID: tutorUserID, type: "NEW_REVIEW", category: "review",
                            title: "New \(review.rating)-star review", body: String(review.comment.prefix(500)),
                            data: ["bookingId": String(review.bookingID)])),
                    try OutboxMessage(topic: .searchRefresh, payload: TutorPayload(tutorProfileID: tutorProfileID)),
                ], availableAt: now)
            return ReviewChange(review: try ReviewRow(decoding: reviewRow), tutor: tutor)
        }
    }

    /// Stores the tutor's `response` to review `reviewID`, in one transaction under the review's row lock.
    ///
    /// `authorize` sees the review while it is locked and throws to refuse.
    /// Throws `ReviewWriteError.reviewNotFound` or `.alreadyResponded`.
    public func respondToReview(
        _ reviewID: Int64, response: String, now: Date, authorize: (ReviewRow) throws -> Void
    ) async throws -> ReviewChange {
        try await database.withTransaction { transaction in
            let locked = try await transaction.query(
                """
                SELECT \(unescaped: ReviewRow.columns) FROM reviews r \(unescaped: ReviewRow.joins)
                WHERE r.id = \(reviewID) AND r.deleted_at IS NULL
                FOR UPDATE OF r
                """
            )
            guard let row = locked.first else { throw ReviewWriteError.reviewNotFound }
            let review = try ReviewRow(decoding: row)
            try authorize(review)
            guard review.tutorResponse == nil else { throw ReviewWriteError.alreadyResponded }

            let updated = try await transaction.query(
                """
                UPDATE reviews AS r SET tutor_response = \(response), tutor_responded_at = \(now)
                FROM tutor_profiles tp, student_profiles sp
                WHERE r.id = \(reviewID) AND tp.id = r.tutor_profile_id AND sp.id = r.student_profile_id
                RETURNING \(unescaped: ReviewRow.columns)
                """
            )
            guard let updatedRow = updated.first else { throw AccountDataError.missingRow("UPDATE reviews") }
            let tutor = try await transaction.query(
                "SELECT \(unescaped: TutorProfileRow.columns) FROM tutor_profiles tp WHERE tp.id = \(review.tutorProfileID)")
            guard let tutorRow = tutor.first else { throw AccountDataError.missingRow("SELECT tutor_profiles") }
            try await OutboxWriter(transaction: transaction).enqueue(
                [
                    try OutboxMessage(
                        topic: .notification,
                        payload: NotificationPayload(
                            userID: review.studentUserID, type: "NEW_REVIEW", category: "review",
                            title: "Your tutor answered your review", body: String(response.prefix(500)),
                            data: ["reviewId": String(reviewID)]))
                ], availableAt: now)
            return ReviewChange(review: try ReviewRow(decoding: updatedRow), tutor: try TutorProfileRow(decoding: tutorRow))
        }
    }
}

extension Store {
    /// Creating and answering reviews.
    public var reviewWrites: ReviewWriteRepository { ReviewWriteRepository(database: database) }
}
