import Foundation

extension DemoDatasetWriter {
    /// Reviews, conversations with messages and attachments, and notifications.
    mutating func writeCommunication() async throws {
        let ids = ids
        try await insert("reviews", dataset.reviews) {
            $0.column("booking_id") { ids.bookings[$0.booking] }
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("student_profile_id") { ids.students[$0.student] }
            $0.column("rating") { $0.rating }
            $0.column("comment") { $0.comment }
            $0.column("is_public") { $0.isPublic }
            $0.column("tutor_response") { $0.tutorResponse }
            $0.column("tutor_responded_at") { $0.respondedAt }
            $0.column("created_at") { $0.createdAt }
        }
        try await insert("conversations", Array(zip(ids.conversations, dataset.conversations))) {
            $0.column("id") { $0.0 }
            $0.column("student_user_id") { ids.users[$0.1.studentUser] }
            $0.column("tutor_user_id") { ids.users[$0.1.tutorUser] }
            $0.column("booking_id") { $0.1.booking.map { ids.bookings[$0] } }
            $0.column("last_message_at") { $0.1.lastMessageAt }
            $0.column("created_at") { $0.1.createdAt }
        }
        try await insert("messages", Array(zip(ids.messages, dataset.messages))) {
            $0.column("id") { $0.0 }
            $0.column("conversation_id") { ids.conversations[$0.1.conversation] }
            $0.column("sender_user_id") { ids.users[$0.1.sender] }
            $0.column("body") { $0.1.body }
            $0.column("is_read") { $0.1.readAt != nil }
            $0.column("read_at") { $0.1.readAt }
            $0.column("is_edited") { $0.1.editedAt != nil }
            $0.column("edited_at") { $0.1.editedAt }
            $0.column("created_at") { $0.1.createdAt }
            $0.column("deleted_at") { $0.1.deletedAt }
            $0.column("deleted_by") { $0.1.deletedAt == nil ? nil : ids.users[$0.1.sender] }
        }
        try await insert("message_attachments", dataset.attachments) {
            $0.column("message_id") { ids.messages[$0.message] }
            $0.column("file_name") { $0.fileName }
            $0.column("mime_type") { $0.mimeType }
            $0.column("size_bytes") { $0.sizeBytes }
            $0.column("storage_key") { "demo/attachments/\(ids.messages[$0.message])/\($0.fileName)" }
        }
        try await insert("notifications", dataset.notifications) {
            $0.column("user_id") { ids.users[$0.user] }
            $0.column("type") { $0.type }
            $0.column("category") { $0.category }
            $0.column("priority") { $0.priority }
            $0.column("title") { $0.title }
            $0.column("body") { $0.body }
            $0.column("action_url") { $0.booking.map { "/bookings/\(ids.bookings[$0])" } }
            $0.column("data", cast: "jsonb") { $0.booking.map { #"{"bookingId": \#(ids.bookings[$0])}"# } ?? "{}" }
            $0.column("is_read") { $0.readAt != nil }
            $0.column("read_at") { $0.readAt }
            $0.column("is_dismissed") { $0.dismissedAt != nil }
            $0.column("dismissed_at") { $0.dismissedAt }
            $0.column("created_at") { $0.createdAt }
        }
    }
}
