import Foundation
import GraphQLEngine
import TutorStore

/// `markNotificationRead`, `dismissNotification`, `markAllNotificationsRead`: the viewer's own notifications.
enum NotificationMutations {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        addChange("markNotificationRead", to: &mutation) { try await $0.markRead($1, now: $2, authorize: $3) }
        addChange("dismissNotification", to: &mutation) { try await $0.dismiss($1, now: $2, authorize: $3) }

        mutation.field("markAllNotificationsRead") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            return .run {
                let updated = try await context.store.notifications.markAllRead(of: viewer.userID, now: context.now)
                return MarkAllNotificationsReadPayload(updatedCount: updated, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// Registers a mutation changing one notification by `input.notificationId`, which only its owner may do.
    private static func addChange(
        _ name: String, to mutation: inout ObjectResolvers<RootValue>,
        _ change: @escaping @Sendable (
            NotificationRepository, Int64, Date, (NotificationRow) throws -> Void
        ) async throws -> NotificationRow
    ) {
        mutation.field(name) { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let notificationID = try input.id("notificationId", as: .notification)
            return .run {
                let notification = try await CommunicationWriteError.translating {
                    try await change(context.store.notifications, notificationID, context.now) { notification in
                        try CommunicationAccess.requireManage(notification, viewer)
                    }
                }
                return NotificationPayload(notification: notification, clientMutationId: input.clientMutationId)
            }
        }
    }
}
