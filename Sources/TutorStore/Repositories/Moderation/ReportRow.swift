import Foundation
import PostgresNIO

/// What a report is about; raw values as `reports.target_type` stores them.
public enum ReportTargetType: String, Sendable, Hashable, CaseIterable {
    case user
    case tutorProfile = "tutor_profile"
    case review
    case message
    case booking
}

/// Why something was reported; raw values as `reports.reason` stores them.
public enum ReportReason: String, Sendable, Hashable, CaseIterable {
    case spam
    case harassment
    case inappropriateContent = "inappropriate_content"
    case fraud
    case noShow = "no_show"
    case other
}

/// Where a report is in moderation; raw values as `reports.status` stores them.
public enum ReportStatus: String, Sendable, Hashable, CaseIterable {
    case open, investigating, resolved, dismissed
}

/// A row of `reports`: a user's complaint about a person or content.
public struct ReportRow: Sendable, Hashable {
    public let id: Int64
    public let reporterUserID: Int64
    public let targetType: ReportTargetType
    /// The database ID of the target, in the table `targetType` names.
    public let targetID: Int64
    public let reason: ReportReason
    public let details: String
    public let status: ReportStatus
    public let resolvedByUserID: Int64?
    public let resolvedAt: Date?
    public let resolutionNote: String?
    public let createdAt: Date
    /// Where the report sits in the moderation list, newest first.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for a `reports` table aliased `r`.
    static let columns = """
        r.id, r.reporter_user_id, r.target_type, r.target_id, r.reason, r.details, r.status, r.resolved_by,
        r.resolved_at, r.resolution_note, r.created_at, \(InstantPosition.microseconds(of: "r.created_at"))
        """

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        let (
            id, reporter, targetType, targetID, reason, details, status, resolvedBy, resolvedAt, note, createdAt,
            microseconds
        ) =
            try row.decode(
                (Int64, Int64, String, Int64, String, String, String, Int64?, Date?, String?, Date, Int64).self)
        self.id = id
        reporterUserID = reporter
        self.targetType = try Self.decode(ReportTargetType.self, targetType, column: "reports.target_type")
        self.targetID = targetID
        self.reason = try Self.decode(ReportReason.self, reason, column: "reports.reason")
        self.details = details
        self.status = try Self.decode(ReportStatus.self, status, column: "reports.status")
        resolvedByUserID = resolvedBy
        self.resolvedAt = resolvedAt
        resolutionNote = note
        self.createdAt = createdAt
        position = InstantPosition(microseconds: microseconds, id: id)
    }

    /// The enum case stored as `value`, or an error naming the column.
    private static func decode<Value: RawRepresentable<String>>(
        _ type: Value.Type, _ value: String, column: String
    ) throws -> Value {
        guard let decoded = Value(rawValue: value) else {
            throw CommunicationDataError.unexpectedValue(column: column, value: value)
        }
        return decoded
    }
}

/// A report about to be filed.
public struct NewReport: Sendable, Hashable {
    public let reporterUserID: Int64
    public let targetType: ReportTargetType
    public let targetID: Int64
    public let reason: ReportReason
    /// At most 2,000 characters.
    public let details: String

    public init(reporterUserID: Int64, targetType: ReportTargetType, targetID: Int64, reason: ReportReason, details: String) {
        self.reporterUserID = reporterUserID
        self.targetType = targetType
        self.targetID = targetID
        self.reason = reason
        self.details = details
    }
}

/// Why a report could not be filed.
public enum ReportWriteError: Error, Sendable, Hashable {
    /// The target does not exist, was deleted, or is a message or booking the reporter takes no part in.
    case targetNotFound
}
