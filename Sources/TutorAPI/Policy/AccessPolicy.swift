import TutorDomain

/// Everything the API guards, named once; resolvers ask `AccessPolicy` instead of writing their own `if`s.
public enum Permission: Sendable, Hashable {
    /// Read a user's e-mail, last login and profile details.
    case readPrivateUserData(ownerUserID: Int64)
    /// Read a user's personal settings (notification switches): the user alone, not even staff.
    case readAccountSettings(ownerUserID: Int64)
    /// Read a booking, its events, materials and payments.
    case readBooking(studentUserID: Int64, tutorUserID: Int64)
    /// Open a session's join link: its two parties alone, not even staff.
    case joinSession(studentUserID: Int64, tutorUserID: Int64)
    /// Attach files, links and notes to a session: its two parties alone, not even staff.
    case shareSessionMaterial(studentUserID: Int64, tutorUserID: Int64)
    /// Accept or decline a booking request: the booked tutor alone, not even staff (who cancel instead).
    case answerBookingRequest(tutorUserID: Int64)
    /// Read a session package: the student who bought it, its tutor, staff.
    case readPackage(studentUserID: Int64, tutorUserID: Int64)
    /// Read the tutor's share of a booking's price.
    case readTutorEarnings(tutorUserID: Int64)
    /// Read a conversation and its messages.
    case readConversation(studentUserID: Int64, tutorUserID: Int64)
    /// Write in a conversation or mark it read: its two participants alone, not even staff.
    case writeConversation(studentUserID: Int64, tutorUserID: Int64)
    /// Edit or delete a message: its sender alone.
    case changeMessage(senderUserID: Int64)
    /// Read a notification: its recipient, and staff.
    case readNotification(recipientUserID: Int64)
    /// Mark a notification read or dismiss it: its recipient alone.
    case manageNotification(recipientUserID: Int64)
    /// Read a report: whoever filed it, and staff.
    case readReport(reporterUserID: Int64)
    /// Read rows that were soft-deleted, unapproved profiles and moderation data.
    case readModerationData
    /// Read or change a tutor profile's private parts (rejection reason, drafts).
    case manageTutorProfile(tutorUserID: Int64)
    /// Moderate: approve tutors, resolve disputes and reports, refund, pay out, delete users.
    case moderate
    /// Review a finished session: its student alone, not even staff.
    case reviewSession(studentUserID: Int64)
    /// Answer a review: the reviewed tutor alone, not even staff.
    case answerReview(tutorUserID: Int64)
    /// See revenue and growth figures.
    case readRevenue
}

/// The single place that decides who may do what.
public enum AccessPolicy {
    /// Whether `viewer` (nil when signed out) holds `permission`.
    public static func allows(_ viewer: Viewer?, _ permission: Permission) -> Bool {
        guard let viewer else { return false }
        // Personal settings are the user's alone: checked before the owner role's blanket access.
        if case .readAccountSettings(let owner) = permission { return viewer.userID == owner }
        // A session's join link belongs to its two parties: also checked before the owner's blanket access.
        if case .joinSession(let student, let tutor) = permission { return viewer.userID == student || viewer.userID == tutor }
        if case .shareSessionMaterial(let student, let tutor) = permission { return viewer.userID == student || viewer.userID == tutor }
        // Writing in a conversation and changing one's own messages and notifications are personal as well.
        if case .writeConversation(let student, let tutor) = permission { return viewer.userID == student || viewer.userID == tutor }
        if case .changeMessage(let sender) = permission { return viewer.userID == sender }
        if case .manageNotification(let recipient) = permission { return viewer.userID == recipient }
        // A review speaks for one party of a session, so only that party writes it.
        if case .reviewSession(let student) = permission { return viewer.userID == student }
        if case .answerReview(let tutor) = permission { return viewer.userID == tutor }
        if case .answerBookingRequest(let tutor) = permission { return viewer.userID == tutor }
        if viewer.role == .owner { return true }
        switch permission {
        case .readPrivateUserData(let owner), .manageTutorProfile(let owner):
            return viewer.userID == owner || viewer.isStaff
        case .readBooking(let student, let tutor), .readConversation(let student, let tutor),
            .readPackage(let student, let tutor):
            return viewer.userID == student || viewer.userID == tutor || viewer.isStaff
        case .readTutorEarnings(let tutor):
            return viewer.userID == tutor || viewer.isStaff
        case .readNotification(let reader), .readReport(let reader):
            return viewer.userID == reader || viewer.isStaff
        case .writeConversation(let student, let tutor):
            return viewer.userID == student || viewer.userID == tutor
        case .changeMessage(let owner), .manageNotification(let owner), .reviewSession(let owner),
            .answerReview(let owner), .answerBookingRequest(let owner):
            return viewer.userID == owner
        case .readModerationData, .moderate:
            return viewer.isStaff
        case .readRevenue:
            return false
        case .readAccountSettings(let owner):
            return viewer.userID == owner
        case .joinSession(let student, let tutor), .shareSessionMaterial(let student, let tutor):
            return viewer.userID == student || viewer.userID == tutor
        }
    }

    /// Returns the viewer, or throws `UNAUTHENTICATED` when signed out.
    public static func requireSignedIn(_ viewer: Viewer?) throws(APIError) -> Viewer {
        guard let viewer else { throw APIError.unauthenticated() }
        return viewer
    }

    /// Returns the viewer when they hold `permission`; `UNAUTHENTICATED` when signed out, else `FORBIDDEN`.
    @discardableResult
    public static func require(_ viewer: Viewer?, _ permission: Permission) throws(APIError) -> Viewer {
        let viewer = try requireSignedIn(viewer)
        guard allows(viewer, permission) else { throw APIError.forbidden() }
        return viewer
    }

    /// Returns the viewer when their role is one of `roles`.
    @discardableResult
    public static func requireRole(_ viewer: Viewer?, _ roles: Set<Role>) throws(APIError) -> Viewer {
        let viewer = try requireSignedIn(viewer)
        guard roles.contains(viewer.role) || viewer.role == .owner else {
            throw APIError.forbidden("Only \(roles.map(\.rawValue).sorted().joined(separator: " or ")) accounts can do this.")
        }
        return viewer
    }
}
