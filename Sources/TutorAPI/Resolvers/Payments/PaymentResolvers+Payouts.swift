import GraphQLEngine
import TutorDomain
import TutorStore

extension PaymentResolvers {
    /// `Payout`.
    static func payoutType() -> ObjectResolvers<PayoutRow> {
        var payout = ObjectResolvers("Payout", as: PayoutRow.self)
        payout.field("id") { $0.nodeID.description }
        payout.field("tutor") { payout, _, context in .load(context.tutorByID.deferred(payout.tutorProfileID)) }
        payout.field("periodStart") { $0.periodStart }
        payout.field("periodEnd") { $0.periodEnd }
        payout.field("amount") { $0.amount }
        payout.field("status") { $0.status }
        payout.field("items") { payout, _, context in .load(context.payoutItems.deferred(payout.id).map { $0 ?? [] }) }
        payout.field("paidAt") { $0.paidAt }
        payout.field("createdAt") { $0.createdAt }
        return payout
    }

    /// `PayoutItem`.
    static func payoutItemType() -> ObjectResolvers<PayoutItemRow> {
        var item = ObjectResolvers("PayoutItem", as: PayoutItemRow.self)
        item.field("booking") { item, _, context in .load(context.visibleBooking(item.bookingID)) }
        item.field("amount") { $0.amount }
        return item
    }

    /// `payouts`: a tutor's own, or any tutor's (or everyone's) for staff.
    static func registerPayoutQueries(_ query: inout ObjectResolvers<RootValue>) {
        query.field("payouts") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            let requestedTutorID = try arguments["tutorId"]?.stringValue.map { id throws(APIError) in
                try GlobalID.decode(id, as: .tutor, field: "tutorId")
            }
            let payouts = context.store.payouts
            return .run {
                let tutorProfileID = try await payoutScope(of: viewer, requestedTutorID: requestedTutorID, context)
                let rows = try await payouts.list(tutorProfileID: tutorProfileID, page: page, after: position)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { _ in
                    .run { try await payouts.count(tutorProfileID: tutorProfileID) }
                }
            }
        }
    }

    /// The tutor profile whose payouts `viewer` lists (nil: everyone's, for staff without `tutorId`).
    ///
    /// A tutor sees their own; naming another tutor is `FORBIDDEN`, and so is asking without a tutor profile.
    private static func payoutScope(of viewer: Viewer, requestedTutorID: Int64?, _ context: RequestContext)
        async throws -> Int64?
    {
        if let requestedTutorID {
            guard let tutor = try await context.tutorByID.load(requestedTutorID) else { throw APIError.notFound("Tutor") }
            try AccessPolicy.require(viewer, .readTutorEarnings(tutorUserID: tutor.userID))
            return tutor.id
        }
        if AccessPolicy.allows(viewer, .readModerationData) { return nil }
        guard let ownProfile = try await context.tutorByUserID.load(viewer.userID) else {
            throw APIError.forbidden("Only tutors and staff have payouts to list.")
        }
        return ownProfile.id
    }
}
