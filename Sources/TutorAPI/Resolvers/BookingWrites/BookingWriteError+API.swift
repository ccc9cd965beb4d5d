import TutorStore

extension BookingWriteError {
    /// The error clients see for this refusal. A stranger to the booking is told it does not exist, so a write
    /// never reveals a booking its caller may not read.
    var apiError: APIError {
        if self == .notAParticipant { return .notFound("Booking") }
        return APIError(refusal: category, description: description, notFoundType: "Booking")
    }

    /// Runs a booking write, reporting the store's refusals as API errors.
    static func translating<Result>(_ write: () async throws -> Result) async throws -> Result {
        do {
            return try await write()
        } catch let error as BookingWriteError {
            throw error.apiError
        }
    }
}
