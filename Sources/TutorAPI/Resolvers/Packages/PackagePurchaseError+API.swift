import TutorStore

extension PackagePurchaseError {
    /// The error clients see for this refusal; a withdrawn or unknown option reads alike, as NOT_FOUND.
    var apiError: APIError {
        APIError(refusal: category, description: description, notFoundType: "PricingOption")
    }

    /// Runs a purchase, reporting the store's refusals as API errors.
    static func translating<Result>(_ write: () async throws -> Result) async throws -> Result {
        do {
            return try await write()
        } catch let error as PackagePurchaseError {
            throw error.apiError
        }
    }
}
