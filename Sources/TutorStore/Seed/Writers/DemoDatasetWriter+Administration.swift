import Foundation

extension DemoDatasetWriter {
    /// Reports and the audit trail.
    mutating func writeAdministration() async throws {
        let ids = ids
        let admin = ids.users[dataset.adminUser]
        try await insert("reports", dataset.reports) {
            $0.column("reporter_user_id") { ids.users[$0.reporter] }
            $0.column("target_type") { $0.target.reportTargetType }
            $0.column("target_id") { ids.id(of: $0.target) }
            $0.column("reason") { $0.reason }
            $0.column("details") { $0.details }
            $0.column("status") { $0.status }
            $0.column("resolved_by") { $0.resolvedAt == nil ? nil : admin }
            $0.column("resolved_at") { $0.resolvedAt }
            $0.column("resolution_note") { $0.resolutionNote }
            $0.column("created_at") { $0.createdAt }
        }
        try await insert("audit_log", dataset.auditEntries) {
            $0.column("table_name") { $0.record.table }
            $0.column("record_id") { ids.id(of: $0.record) }
            $0.column("action") { $0.action }
            $0.column("old_values", cast: "jsonb") { $0.oldValues }
            $0.column("new_values", cast: "jsonb") { $0.newValues }
            $0.column("actor_user_id") { ids.users[$0.actor] }
            $0.column("request_id") { _ in "demo-seed" }
            $0.column("created_at") { $0.createdAt }
        }
    }
}
