import GraphQLEngine
import TutorDomain
import TutorStore

extension BookingRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.booking, id) }
}

extension BookingRow {
    /// Whether `viewer` may see the whole booking: its two parties and staff; a soft-deleted one staff only.
    ///
    /// Anyone else reaches a booking only through its public review, and then sees its public parts.
    func isVisible(to viewer: Viewer?) -> Bool {
        guard deletedAt == nil else { return AccessPolicy.allows(viewer, .readModerationData) }
        return AccessPolicy.allows(viewer, .readBooking(studentUserID: studentUserID, tutorUserID: tutorUserID))
    }

    /// The join link, for the two parties only and only while the session is scheduled or under way.
    func joinURL(for viewer: Viewer?) -> String? {
        guard state.session == .scheduled || state.session == .active,
            AccessPolicy.allows(viewer, .joinSession(studentUserID: studentUserID, tutorUserID: tutorUserID))
        else { return nil }
        return joinURL
    }
}

extension RequestContext {
    /// The booking `id` when the viewer may see it; null when it is missing or hidden, which read the same.
    func visibleBooking(_ id: Int64) -> Promise<BookingRow?> {
        bookingByID.deferred(id).map { [viewer] booking in booking.flatMap { $0.isVisible(to: viewer) ? $0 : nil } }
    }
}
