import GraphQLEngine
import TutorDomain
import TutorStore

/// `createReview` (a completed session's student, once) and `respondToReview` (the reviewed tutor, once).
///
/// Who may write is decided while the store holds the booking's or review's row lock: a viewer who may not even
/// read the booking or review is told it does not exist; a party who may read it but not write gets FORBIDDEN.
enum ReviewMutations {
    /// The longest comment or answer, in characters (the columns' CHECK limit).
    static let maximumTextLength = 2000

    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("createReview") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.student])
            let input = InputReader(input: arguments)
            let review = NewReview(
                bookingID: try input.id("bookingId", as: .booking),
                rating: try TutorInputRules.int(input, "rating", in: 1...5) ?? 0,
                comment: try TutorInputRules.text(input, "comment", limit: maximumTextLength) ?? "",
                isPublic: input.bool("isPublic") ?? true)
            return .run {
                let change = try await ReviewWriteError.translating {
                    try await context.store.reviewWrites.createReview(review, now: context.now) { booking in
                        let parties = Permission.readBooking(studentUserID: booking.studentUserID, tutorUserID: booking.tutorUserID)
                        guard AccessPolicy.allows(viewer, parties) else { throw APIError.notFound("Booking") }
                        try AccessPolicy.require(viewer, .reviewSession(studentUserID: booking.studentUserID))
                    }
                }
                return payload(change, context: context, echoing: input.clientMutationId)
            }
        }

        mutation.field("respondToReview") { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.tutor])
            let input = InputReader(input: arguments)
            let reviewID = try input.id("reviewId", as: .review)
            let response = try TutorInputRules.text(input, "response", limit: maximumTextLength, required: true) ?? ""
            return .run {
                let change = try await ReviewWriteError.translating {
                    try await context.store.reviewWrites.respondToReview(reviewID, response: response, now: context.now) { review in
                        guard review.isVisible(to: viewer) else { throw APIError.notFound("Review") }
                        try AccessPolicy.require(viewer, .answerReview(tutorUserID: review.tutorUserID))
                    }
                }
                return payload(change, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// The payload of a review write, with the request's cached review and tutor replaced by the new rows.
    private static func payload(_ change: ReviewChange, context: RequestContext, echoing clientMutationId: String?)
        -> ReviewPayload
    {
        context.reviewByID.clear(change.review.id)
        context.reviewByID.prime(change.review.id, change.review)
        context.forgetTutor(change.tutor)
        return ReviewPayload(review: change.review, tutor: change.tutor, clientMutationId: clientMutationId)
    }
}
