import Foundation
import GraphQLEngine
import TutorStore

/// `auditLog` and `reports`: staff lists, newest first, keyset-paginated.
enum ModerationQueries {
    static func register(_ query: inout ObjectResolvers<RootValue>) {
        query.field("auditLog") { _, arguments, context in
            try AccessPolicy.require(context.viewer, .readModerationData)
            let filter = try auditLogFilter(arguments["filter"]?.objectValue ?? [:])
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            return .run {
                let rows = try await context.store.auditLog.list(filter: filter, page: page, after: position)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { context in
                    .run { try await context.store.auditLog.count(filter: filter) }
                }
            }
        }

        query.field("reports") { _, arguments, context in
            try AccessPolicy.require(context.viewer, .readModerationData)
            let status = arguments["status"]?.stringValue.flatMap { ReportStatus(rawValue: $0.lowercased()) }
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            return .run {
                let rows = try await context.store.reports.list(status: status, page: page, after: position)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { context in
                    .run { try await context.store.reports.count(status: status) }
                }
            }
        }
    }

    /// `AuditLogFilter` as the store takes it; a malformed `actorId` is `BAD_USER_INPUT` on `filter.actorId`.
    private static func auditLogFilter(_ fields: ObjectValue) throws(APIError) -> AuditLogFilter {
        AuditLogFilter(
            tableName: fields["tableName"]?.stringValue,
            actorUserID: try fields["actorId"]?.stringValue.map { id throws(APIError) in
                try GlobalID.decode(id, as: .user, field: "filter.actorId")
            },
            action: fields["action"]?.stringValue.flatMap(AuditAction.init(rawValue:)),
            since: try fields["since"]?.stringValue.map { text throws(APIError) in
                guard let instant = RFC3339Instant.parse(text) else {
                    throw APIError.badInput("since is not a valid DateTime.", field: "filter.since")
                }
                return instant
            })
    }
}
