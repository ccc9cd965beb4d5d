import Foundation
import GraphQLEngine
import TutorStore

/// `Notification` and its connection, whose `unreadCount` covers the viewer's whole list.
enum NotificationResolvers {
    static func register(_ map: inout ResolverMap) {
        var notification = ObjectResolvers("Notification", as: NotificationRow.self)
        notification.field("id") { $0.nodeID.description }
        notification.field("type") { $0.type }
        notification.field("category") { $0.category.uppercased() }
        notification.field("priority") { $0.priority }
        notification.field("title") { $0.title }
        notification.field("body") { $0.body }
        notification.field("actionUrl") { $0.actionURL }
        notification.field("data") { notification, _, _ in .value(try JSON.decode(Array(notification.data.utf8))) }
        notification.field("isRead") { $0.isRead }
        notification.field("readAt") { $0.readAt }
        notification.field("isDismissed") { $0.isDismissed }
        notification.field("createdAt") { $0.createdAt }
        map.add(notification)

        map.addConnection("Notification", node: NotificationRow.self) { connection in
            connection.field("unreadCount") { _, _, context in
                guard let viewer = context.viewer else { return .value(0) }
                return .load(context.notificationCountsByUser.deferred(viewer.userID).map { $0?.unread ?? 0 })
            }
        }
    }
}
