import GraphQLEngine
import TutorStore

/// `resolveReport`: staff close a report as RESOLVED or DISMISSED, with a note for the reporter.
enum ReportResolutionMutation {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        StaffMutation.add("resolveReport", to: &mutation) { input in
            let reportID = try input.id("reportId", as: .report)
            guard let outcome = input.string("status").flatMap({ ReportOutcome(rawValue: $0.lowercased()) }) else {
                throw APIError.badInput("A report is closed as RESOLVED or DISMISSED.", field: input.field("status"))
            }
            let note = try TutorInputRules.text(input, "note", limit: StaffMutation.maximumTextLength, required: true) ?? ""
            return { administration, actor, context in
                let report = try await administration.resolveReport(reportID, as: outcome, note: note, by: actor, now: context.now)
                context.reportByID.clear(report.id)
                context.reportByID.prime(report.id, report)
                return ReportPayload(report: report, clientMutationId: input.clientMutationId)
            }
        }
    }
}
