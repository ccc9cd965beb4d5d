import GraphQLEngine
import TutorDomain
import TutorStore

/// Reviews: the `Review` type, its connection (which `Tutor.reviews` returns) and its node fetcher.
enum ReviewResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var review = ObjectResolvers("Review", as: ReviewRow.self)
        review.field("id") { $0.nodeID.description }
        review.field("booking") { review, _, context in .load(context.bookingByID.deferred(review.bookingID)) }
        review.field("tutor") { review, _, context in .load(context.tutorByID.deferred(review.tutorProfileID)) }
        review.field("student") { review, _, context in .load(context.userByID.deferred(review.studentUserID)) }
        review.field("rating") { $0.rating }
        review.field("comment") { $0.comment }
        review.field("isPublic") { $0.isPublic }
        review.field("tutorResponse") { $0.tutorResponse }
        review.field("tutorRespondedAt") { $0.tutorRespondedAt }
        review.field("createdAt") { $0.createdAt }
        map.add(review)
        map.addConnection("Review", node: ReviewRow.self)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.review) { key, context in
            context.reviewByID.deferred(key).map { [viewer = context.viewer] review -> (any Sendable)? in
                review.flatMap { $0.isVisible(to: viewer) ? $0 : nil }
            }
        }
    }
}

extension ReviewRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.review, id) }
}

extension ReviewRow {
    /// Whether `viewer` may read the review: a public one everyone, a private one the booking's parties and
    /// staff, a deleted one staff only.
    func isVisible(to viewer: Viewer?) -> Bool {
        if deletedAt != nil { return AccessPolicy.allows(viewer, .readModerationData) }
        return isPublic || AccessPolicy.allows(viewer, .readBooking(studentUserID: studentUserID, tutorUserID: tutorUserID))
    }
}
