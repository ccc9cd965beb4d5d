import GraphQLEngine
import TutorStore

/// Staff actions and review writes (issue 5): approving and rejecting tutors, deleting and restoring users,
/// resolving reports, and creating and answering reviews, with the `UserPayload` and `ReviewPayload` they return.
enum AdministrationResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var user = ObjectResolvers("UserPayload", as: UserPayload.self)
        user.field("user") { $0.user }
        user.field("clientMutationId") { $0.clientMutationId }
        map.add(user)

        var review = ObjectResolvers("ReviewPayload", as: ReviewPayload.self)
        review.field("review") { $0.review }
        review.field("tutor") { $0.tutor }
        review.field("clientMutationId") { $0.clientMutationId }
        map.add(review)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        TutorApprovalMutations.register(&mutation)
        UserModerationMutations.register(&mutation)
        ReportResolutionMutation.register(&mutation)
        ReviewMutations.register(&mutation)
    }
}

/// `UserPayload`: a user after a staff action.
struct UserPayload: Sendable {
    let user: UserRow
    let clientMutationId: String?
}

/// `ReviewPayload`: a review after a write, and its tutor with the rating that write produced.
struct ReviewPayload: Sendable {
    let review: ReviewRow
    let tutor: TutorProfileRow
    let clientMutationId: String?
}
