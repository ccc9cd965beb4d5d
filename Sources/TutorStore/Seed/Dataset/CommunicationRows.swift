import Foundation

struct DemoReview {
    let booking: Int
    let tutor: Int
    let student: Int
    let rating: Int
    let comment: String
    let isPublic: Bool
    let tutorResponse: String?
    let respondedAt: Date?
    let createdAt: Date
}

struct DemoConversation {
    let studentUser: Int
    let tutorUser: Int
    let booking: Int?
    let createdAt: Date
    var lastMessageAt: Date?
}

struct DemoMessage {
    let conversation: Int
    let sender: Int
    let body: String
    let readAt: Date?
    let editedAt: Date?
    let deletedAt: Date?
    let createdAt: Date
}

struct DemoMessageAttachment {
    let message: Int
    let fileName: String
    let mimeType: String
    let sizeBytes: Int64
}

struct DemoNotification {
    let user: Int
    let type: String
    let category: String
    let priority: Int
    let title: String
    let body: String
    /// The booking it is about, linked in `data` and `action_url` once ids are known.
    let booking: Int?
    let readAt: Date?
    let dismissedAt: Date?
    let createdAt: Date
}
