import GraphQLEngine
import TutorStore

/// `Tutor.reviews`: a nested connection; every tutor of a level asking for the same page shares ONE statement.
enum TutorReviewsField {
    /// Resolves one tutor's page through the review-page loader and its `totalCount` through the count loader.
    @Sendable static func resolve(_ tutor: TutorProfileRow, _ arguments: ObjectValue, _ context: RequestContext) throws -> Resolution {
        let request = try PageRequest(arguments: arguments)
        let (page, position) = try request.instantKeyset()
        let key = TutorReviewsPageKey(tutorID: tutor.id, page: page, position: position)
        return .load(
            context.tutorReviewPages.deferred(key).map { reviews in
                Connection(
                    rows: reviews ?? [], request: request, cursor: { $0.position.cursor },
                    totalCount: { context in .load(context.tutorReviewCounts.deferred(tutor.id).map { $0 ?? 0 }) })
            })
    }
}
