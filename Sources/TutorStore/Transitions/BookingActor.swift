import TutorDomain

/// Who asks for a booking change: a signed-in user with their account role, or the system (a background job).
public enum BookingActor: Sendable, Hashable {
    case user(id: Int64, role: Role)
    case system

    /// The user's ID; `nil` for the system.
    var userID: Int64? {
        if case .user(let id, _) = self { return id }
        return nil
    }

    /// The party the actor is in `booking`: its student, its tutor, staff, or the system.
    ///
    /// Throws `notAParticipant` for anyone else, so a policy is never applied on behalf of a stranger.
    func party(in booking: LockedBooking) throws(BookingWriteError) -> BookingParty {
        switch self {
        case .system: return .system
        case .user(let id, let role):
            if id == booking.studentUserID { return .student }
            if id == booking.tutorUserID { return .tutor }
            if role.isStaff { return .admin }
            throw .notAParticipant
        }
    }

    /// `booking_events.actor_role`: the party, or the staff role itself (`admin`, `owner`).
    func eventRole(as party: BookingParty) -> String {
        if case .user(_, let role) = self, party == .admin { return role.rawValue }
        return party.rawValue
    }
}
