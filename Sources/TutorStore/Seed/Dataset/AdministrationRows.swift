import Foundation

/// A row an admin record points at, resolved to its id when written.
enum DemoRecord {
    case user(Int)
    case tutor(Int)
    case booking(Int)
    case message(Int)

    var table: String {
        switch self {
        case .user: "users"
        case .tutor: "tutor_profiles"
        case .booking: "bookings"
        case .message: "messages"
        }
    }
}

struct DemoReport {
    let reporter: Int
    let target: DemoRecord
    let reason: String
    let details: String
    let status: String
    let resolvedAt: Date?
    let resolutionNote: String?
    let createdAt: Date
}

/// An admin action as the audit trail records it; values are JSON object text.
struct DemoAuditEntry {
    let record: DemoRecord
    let action: String
    let oldValues: String
    let newValues: String
    let actor: Int
    let createdAt: Date
}

extension DemoRecord {
    /// The `reports.target_type` naming this kind of record.
    var reportTargetType: String {
        switch self {
        case .user: "user"
        case .tutor: "tutor_profile"
        case .booking: "booking"
        case .message: "message"
        }
    }
}
