import Foundation
import PostgresNIO

/// What an audited change did to its row; raw values as `audit_log.action` stores them.
public enum AuditAction: String, Sendable, Hashable, CaseIterable {
    case insert = "INSERT"
    case update = "UPDATE"
    case delete = "DELETE"
    case softDelete = "SOFT_DELETE"
    case restore = "RESTORE"
}

/// A row of `audit_log`: one change to one row, with the values before and after.
public struct AuditLogRow: Sendable, Hashable {
    public let id: Int64
    public let tableName: String
    public let recordID: Int64
    public let action: AuditAction
    /// The row before, as JSON text; nil for an insert.
    public let oldValues: String?
    /// The row after, as JSON text; nil for a delete.
    public let newValues: String?
    /// Nil for system changes and for actors whose account was removed.
    public let actorUserID: Int64?
    public let requestID: String?
    public let createdAt: Date
    /// Where the entry sits in the log, newest first.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for an `audit_log` table aliased `l`.
    static let columns = """
        l.id, l.table_name, l.record_id, l.action, l.old_values::text, l.new_values::text, l.actor_user_id,
        l.request_id, l.created_at, \(InstantPosition.microseconds(of: "l.created_at"))
        """

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        let (id, tableName, recordID, action, oldValues, newValues, actorUserID, requestID, createdAt, microseconds) =
            try row.decode((Int64, String, Int64, String, String?, String?, Int64?, String?, Date, Int64).self)
        guard let action = AuditAction(rawValue: action) else {
            throw CommunicationDataError.unexpectedValue(column: "audit_log.action", value: action)
        }
        self.id = id
        self.tableName = tableName
        self.recordID = recordID
        self.action = action
        self.oldValues = oldValues
        self.newValues = newValues
        self.actorUserID = actorUserID
        self.requestID = requestID
        self.createdAt = createdAt
        position = InstantPosition(microseconds: microseconds, id: id)
    }
}

/// Which audit entries to list; every given field must match.
public struct AuditLogFilter: Sendable, Hashable {
    public var tableName: String?
    public var actorUserID: Int64?
    public var action: AuditAction?
    /// Only entries at or after this instant.
    public var since: Date?

    public init(tableName: String? = nil, actorUserID: Int64? = nil, action: AuditAction? = nil, since: Date? = nil) {
        self.tableName = tableName
        self.actorUserID = actorUserID
        self.action = action
        self.since = since
    }
}
