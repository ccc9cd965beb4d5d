import Foundation
import GraphQLEngine
import TutorStore

/// The audit log and reports: their types, the staff's `auditLog` and `reports` queries, `createReport`,
/// and `node(id:)` for them.
enum ModerationResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var entry = ObjectResolvers("AuditLogEntry", as: AuditLogRow.self)
        entry.field("id") { $0.nodeID.description }
        entry.field("tableName") { $0.tableName }
        entry.field("recordId") { String($0.recordID) }
        entry.field("action") { $0.action.rawValue }
        entry.field("oldValues") { entry, _, _ in .value(try entry.oldValues.map { try JSON.decode(Array($0.utf8)) }) }
        entry.field("newValues") { entry, _, _ in .value(try entry.newValues.map { try JSON.decode(Array($0.utf8)) }) }
        entry.field("actor") { entry, _, context in
            guard let actorID = entry.actorUserID else { return .value(nil) }
            return .load(context.userByID.deferred(actorID))
        }
        entry.field("requestId") { $0.requestID }
        entry.field("createdAt") { $0.createdAt }
        map.add(entry)
        map.addConnection("AuditLog", node: AuditLogRow.self)

        var report = ObjectResolvers("Report", as: ReportRow.self)
        report.field("id") { $0.nodeID.description }
        report.field("reporter") { report, _, context in .load(context.userByID.deferred(report.reporterUserID)) }
        report.field("targetType") { $0.targetType.rawValue.uppercased() }
        report.field("targetId") { GlobalID(ReportTargets.nodeKind(of: $0.targetType), $0.targetID).description }
        report.field("reason") { $0.reason.rawValue.uppercased() }
        report.field("details") { $0.details }
        report.field("status") { $0.status.rawValue.uppercased() }
        report.field("resolvedBy") { report, _, context in
            guard let resolverID = report.resolvedByUserID else { return .value(nil) }
            return .load(context.userByID.deferred(resolverID))
        }
        report.field("resolvedAt") { $0.resolvedAt }
        report.field("resolutionNote") { $0.resolutionNote }
        report.field("createdAt") { $0.createdAt }
        map.add(report)
        map.addConnection("Report", node: ReportRow.self)

        var payload = ObjectResolvers("ReportPayload", as: ReportPayload.self)
        payload.field("report") { $0.report }
        payload.field("clientMutationId") { $0.clientMutationId }
        map.add(payload)
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        ModerationQueries.register(&query)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        ReportMutations.register(&mutation)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.auditLogEntry) { key, context in
            guard AccessPolicy.allows(context.viewer, .readModerationData) else { return Promise(value: nil) }
            return context.auditLogEntryByID.deferred(key).map { row -> (any Sendable)? in row }
        }
        nodes.add(.report) { key, context in
            context.reportByID.deferred(key).map { [viewer = context.viewer] row -> (any Sendable)? in
                row.flatMap { AccessPolicy.allows(viewer, .readReport(reporterUserID: $0.reporterUserID)) ? $0 : nil }
            }
        }
    }
}

/// `ReportPayload`.
struct ReportPayload: Sendable {
    let report: ReportRow
    let clientMutationId: String?
}

extension AuditLogRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.auditLogEntry, id) }
}

extension ReportRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.report, id) }
}
