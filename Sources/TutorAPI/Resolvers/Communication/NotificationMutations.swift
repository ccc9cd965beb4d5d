import GraphQLEngine
import TutorStore

/// `markNotificationRead`, `dismissNotification`, `markAllNotificationsRead`: the viewer's own notifications.
enum NotificationMutations {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("markNotificationRead") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let notificationID = try input.id("notificationId", as: .notification)
            return .run {
                let notification = try await CommunicationWriteError.translating {
                    try await context.store.notifications.markRead(notificationID, now: context.now) { notification in
                        try CommunicationAccess.requireManage(notification, viewer)
                    }
                }
                return NotificationPayload(notification: notification, clientMutationId: input.clientMutationId)
            }
        }

        mutation.field("dismissNotification") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let notificationID = try input.id("notificationId", as: .notification)
            return .run {
                let notification = try await CommunicationWriteError.translating {
                    try await context.store.notifications.dismiss(notificationID, now: context.now) { notification in
                        try CommunicationAccess.requireManage(notification, viewer)
                    }
                }
                return NotificationPayload(notification: notification, clientMutationId: input.clientMutationId)
            }
        }

        mutation.field("markAllNotificationsRead") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            return .run {
                let updated = try await context.store.notifications.markAllRead(of: viewer.userID, now: context.now)
                return MarkAllNotificationsReadPayload(updatedCount: updated, clientMutationId: input.clientMutationId)
            }
        }
    }
}
