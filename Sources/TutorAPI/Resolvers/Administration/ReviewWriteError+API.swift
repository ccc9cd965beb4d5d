import GraphQLEngine
import TutorStore

extension ReviewWriteError {
    /// The error clients see for this refusal.
    var apiError: APIError {
        switch self {
        case .bookingNotFound: .notFound("Booking")
        case .sessionNotCompleted(let state, let outcome):
            .conflict(
                "Only a session that ENDED as COMPLETED can be reviewed; this booking is \(state)"
                    + (outcome.map { " (\($0))" } ?? "") + ".",
                extensions: ["currentState": .string(state), "currentOutcome": outcome.map(Value.string) ?? .null])
        case .alreadyReviewed: .conflict("This booking already has its review.")
        case .reviewNotFound: .notFound("Review")
        case .alreadyResponded: .conflict("This review already has an answer.")
        }
    }

    /// Runs a review write, reporting the store's refusals as API errors.
    static func translating<Result>(_ write: () async throws -> Result) async throws -> Result {
        do {
            return try await write()
        } catch let error as ReviewWriteError {
            throw error.apiError
        }
    }
}
