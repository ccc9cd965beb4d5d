import GraphQLEngine
import TutorStore

/// Tutors: the `Tutor` type and its parts, search and listings, the tutor's own edits, and `node` for tutors.
enum TutorResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        TutorTypeResolvers.register(&map)
        TutorPartResolvers.register(&map)
        map.addConnection(
            "Tutor", node: TutorListingRow.self,
            edgeExtras: { edge in edge.field("rank") { $0.node.rank } },
            // The edge pages over listings (for their cursor and rank); its node is the tutor itself.
            edgeNode: { $0.tutor })
        var payload = ObjectResolvers("TutorPayload", as: TutorPayload.self)
        payload.field("tutor") { $0.tutor }
        payload.field("clientMutationId") { $0.clientMutationId }
        map.add(payload)
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        TutorQueries.add(to: &query)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        TutorProfileMutations.add(to: &mutation)
        TutorScheduleMutations.add(to: &mutation)
        TutorOfferMutations.add(to: &mutation)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.tutor) { key, context in
            context.tutorByID.deferred(key).map { [viewer = context.viewer] tutor -> (any Sendable)? in
                tutor.flatMap { $0.isVisible(to: viewer) ? $0 : nil }
            }
        }
    }
}

/// `TutorPayload`: a tutor profile after a change (the tutor's own edits, and staff approval decisions).
struct TutorPayload: Sendable {
    let tutor: TutorProfileRow
    let clientMutationId: String?
}
