/// Why a staff action was refused; a refused action changes nothing and writes no audit entry.
public enum AdministrationError: Error, Sendable, Hashable {
    /// No live tutor profile has this ID.
    case tutorNotFound
    /// Only a profile waiting for approval can be approved or rejected; `status` is where it is now.
    case tutorNotPending(status: String)
    /// No user has this ID.
    case userNotFound
    /// Owner accounts cannot be deleted by anyone.
    case ownerAccount
    /// Staff cannot delete their own account.
    case ownAccount
    /// The user is already soft-deleted.
    case userAlreadyDeleted
    /// The user is not soft-deleted, so there is nothing to restore.
    case userNotDeleted
    /// No report has this ID.
    case reportNotFound
    /// The report was already closed; `status` is how.
    case reportClosed(status: ReportStatus)
}
