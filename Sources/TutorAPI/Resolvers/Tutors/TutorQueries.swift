import GraphQLEngine
import TutorStore

/// `tutor`, `tutors` and `pendingTutors`.
enum TutorQueries {
    static func add(to query: inout ObjectResolvers<RootValue>) {
        query.field("tutor") { _, arguments, context in
            let id = try GlobalID.decode(arguments["id"]?.stringValue ?? "", as: .tutor, field: "id")
            return .run { try await context.visibleTutor(id) }
        }

        query.field("tutors") { _, arguments, context in
            let search = try TutorSearchArguments(arguments, viewer: context.viewer)
            let list = TutorList.search(search.order)
            let (page, position) = try list.keyset(search.request)
            return .run {
                let listings = try await context.store.tutors.search(
                    search.filter, order: search.order, page: page, after: position)
                prime(context, with: listings)
                return list.connection(listings, request: search.request) { context in
                    .run { try await context.store.tutors.count(search.filter) }
                }
            }
        }

        query.field("pendingTutors") { _, arguments, context in
            try AccessPolicy.require(context.viewer, .readModerationData)
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try TutorList.pendingApproval.keyset(request)
            return .run {
                let listings = try await context.store.tutors.pendingApproval(page: page, after: position)
                prime(context, with: listings)
                return TutorList.pendingApproval.connection(listings, request: request) { context in
                    .run { try await context.store.tutors.pendingApprovalCount() }
                }
            }
        }
    }

    /// Seeds the tutor loader with listed rows, so later fields naming the same tutors cost nothing.
    static func prime(_ context: RequestContext, with listings: [TutorListingRow]) {
        for listing in listings { context.tutorByID.prime(listing.tutor.id, listing.tutor) }
    }
}
