import TutorStore

extension BookingMutationResolvers {
    /// Refuses a booking write that only some of the booking's readers may make, before the store is called.
    ///
    /// A viewer who may not even read booking `id` is told it does not exist, so the refusal leaks nothing; a
    /// reader without `permission` (the student answering their own request, staff adding materials) is FORBIDDEN
    /// with `refusal`. A booking's parties never change, so reading them outside the write's transaction is safe.
    static func requireBookingPermission(
        _ viewer: Viewer, on id: Int64, context: RequestContext, refusal: String,
        _ permission: (BookingRow) -> Permission
    ) async throws {
        let booking = try await currentBooking(id, context: context)
        guard AccessPolicy.allows(viewer, .readBooking(studentUserID: booking.studentUserID, tutorUserID: booking.tutorUserID))
        else { throw APIError.notFound("Booking") }
        guard AccessPolicy.allows(viewer, permission(booking)) else { throw APIError.forbidden(refusal) }
    }
}
