import TutorDomain

/// The signed-in user a request acts for, as the access token states it.
public struct Viewer: Sendable, Hashable {
    public let userID: Int64
    public let role: Role

    public init(userID: Int64, role: Role) {
        self.userID = userID
        self.role = role
    }

    public var isStaff: Bool { role.isStaff }
}
