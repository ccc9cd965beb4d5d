import GraphQLEngine
import TutorStore

extension AdministrationError {
    /// The error clients see for this refusal.
    var apiError: APIError {
        switch self {
        case .tutorNotFound: .notFound("Tutor")
        case .tutorNotPending(let status):
            .conflict(
                "Only a profile that is PENDING_APPROVAL can be approved or rejected; this one is \(status.uppercased()).",
                extensions: ["currentState": .string(status.uppercased())])
        case .userNotFound: .notFound("User")
        case .ownerAccount: .forbidden("Owner accounts cannot be deleted.")
        case .ownAccount: .badInput("You cannot delete your own account.", field: "input.userId")
        case .userAlreadyDeleted: .conflict("This user is already deleted.")
        case .userNotDeleted: .conflict("This user is not deleted, so there is nothing to restore.")
        case .reportNotFound: .notFound("Report")
        case .reportClosed(let status):
            .conflict(
                "This report is already \(status.rawValue.uppercased()).",
                extensions: ["currentState": .string(status.rawValue.uppercased())])
        }
    }
}
