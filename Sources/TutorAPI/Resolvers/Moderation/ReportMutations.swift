import GraphQLEngine
import TutorStore

/// `createReport`: any signed-in user reports a person or content to the moderators.
enum ReportMutations {
    /// The longest report details, in characters.
    static let maximumDetailsLength = 2000

    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("createReport") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            guard let targetType = ReportTargetType(rawValue: input.string("targetType", default: "").lowercased()) else {
                throw APIError.badInput("Unknown report target type.", field: "input.targetType")
            }
            let kind = ReportTargets.nodeKind(of: targetType)
            let targetID = try input.id("targetId", as: kind)
            if targetType == .user, targetID == viewer.userID {
                throw APIError.badInput("You cannot report yourself.", field: "input.targetId")
            }
            guard let reason = ReportReason(rawValue: input.string("reason", default: "").lowercased()) else {
                throw APIError.badInput("Unknown report reason.", field: "input.reason")
            }
            let details = input.string("details", default: "")
            guard details.unicodeScalars.count <= maximumDetailsLength else {
                throw APIError.badInput("Details have at most 2,000 characters.", field: "input.details")
            }
            let report = NewReport(
                reporterUserID: viewer.userID, targetType: targetType, targetID: targetID, reason: reason,
                details: details)
            return .run {
                do {
                    let filed = try await context.store.reports.file(report, now: context.now)
                    return ReportPayload(report: filed, clientMutationId: input.clientMutationId)
                } catch ReportWriteError.targetNotFound {
                    throw APIError.notFound(kind.rawValue)
                }
            }
        }
    }
}
