import TutorStore

extension PackagePurchaseError {
    /// The error clients see for this refusal; a withdrawn or unknown option reads alike, as NOT_FOUND.
    var apiError: APIError {
        switch category {
        case .notFound: .notFound("PricingOption")
        case .forbidden: .forbidden(description)
        case .conflict: .conflict(description)
        case .badUserInput(let field): .badInput(description, field: "input.\(field)")
        }
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
