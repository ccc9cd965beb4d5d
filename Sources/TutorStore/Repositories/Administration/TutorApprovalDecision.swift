/// What staff decided about a tutor profile waiting for approval.
public enum TutorApprovalDecision: Sendable, Hashable {
    /// List the tutor; `note` is kept on the approval request.
    case approve(note: String?)
    /// Send the profile back; `reason` is shown to the tutor (at most 2,000 characters).
    case reject(reason: String)

    /// `tutor_profiles.profile_status` after the decision.
    var profileStatus: String {
        switch self {
        case .approve: "approved"
        case .reject: "rejected"
        }
    }

    /// `tutor_approval_requests.status` after the decision.
    var requestStatus: String { profileStatus }

    /// Whether the tutor is listed after the decision (`is_approved`).
    var isApproval: Bool {
        if case .approve = self { return true }
        return false
    }

    /// What the tutor is told, and what is kept on the approval request.
    var note: String? {
        switch self {
        case .approve(let note): note
        case .reject(let reason): reason
        }
    }

    /// The tutor's in-app notification about the decision.
    func notification(forUserID userID: Int64, tutorProfileID: Int64) -> NotificationPayload {
        let data = ["tutorId": String(tutorProfileID)]
        switch self {
        case .approve:
            return NotificationPayload(
                userID: userID, type: "PROFILE_APPROVED", category: "account", priority: 3,
                title: "Your tutor profile is approved", body: "Students can now find and book you.", data: data)
        case .reject(let reason):
            return NotificationPayload(
                userID: userID, type: "PROFILE_REJECTED", category: "account", priority: 3,
                title: "Your tutor profile needs changes", body: reason, data: data)
        }
    }
}
