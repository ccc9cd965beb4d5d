import TutorStore

extension CommunicationWriteError {
    /// The error clients see for this refusal.
    var apiError: APIError {
        switch self {
        case .recipientNotFound: APIError.notFound("User")
        case .notStudentAndTutor:
            APIError.badInput("Conversations are between a student and a tutor.", field: "input.recipientId")
        case .conversationNotFound: APIError.notFound("Conversation")
        case .messageNotFound: APIError.notFound("Message")
        case .messageDeleted: APIError.conflict("This message was deleted and can no longer change.")
        case .notificationNotFound: APIError.notFound("Notification")
        }
    }

    /// Runs a messaging or notification write, reporting the store's refusals as API errors.
    static func translating<Result>(_ write: () async throws -> Result) async throws -> Result {
        do {
            return try await write()
        } catch let error as CommunicationWriteError {
            throw error.apiError
        }
    }
}
