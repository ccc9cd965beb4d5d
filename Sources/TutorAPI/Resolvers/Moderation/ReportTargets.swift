import TutorStore

/// How report targets map to global IDs: the kind of node each target type names.
enum ReportTargets {
    /// The node kind whose global ID `targetId` holds for `type`.
    static func nodeKind(of type: ReportTargetType) -> NodeKind {
        switch type {
        case .user: .user
        case .tutorProfile: .tutor
        case .review: .review
        case .message: .message
        case .booking: .booking
        }
    }
}
