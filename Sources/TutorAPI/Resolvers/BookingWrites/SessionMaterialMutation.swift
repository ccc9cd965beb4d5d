import GraphQLEngine
import TutorStore

/// `addSessionMaterial`: the booking's student or tutor attaches a file, link or note for the other to see.
///
/// Strangers are told the booking does not exist; staff, who may read the booking, are refused with FORBIDDEN,
/// since materials are the parties' own exchange. The store refuses cancelled, declined and expired bookings.
enum SessionMaterialMutation {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("addSessionMaterial") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let bookingID = try input.id("bookingId", as: .booking)
            let draft = try SessionMaterialInput.draft(input)
            return .run {
                try await BookingMutationResolvers.requireBookingPermission(
                    viewer, on: bookingID, context: context,
                    refusal: "Only the booking's student or tutor can add materials to it."
                ) { .shareSessionMaterial(studentUserID: $0.studentUserID, tutorUserID: $0.tutorUserID) }
                _ = try await BookingWriteError.translating {
                    try await context.store.sessionMaterials.add(draft, toBooking: bookingID, by: viewer.userID, now: context.now)
                }
                return try await BookingMutationResolvers.payload(forBooking: bookingID, context: context, echoing: input.clientMutationId)
            }
        }
    }
}
