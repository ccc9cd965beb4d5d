import PostgresNIO

/// Why an account write was refused by the database's constraints, in terms the API can report.
public enum AccountWriteError: Error, Sendable, Hashable {
    /// Another account already uses the e-mail address (in any case).
    case emailTaken
    /// The currency is not in `supported_currencies`.
    case unknownCurrency
    /// The preferred language is not in `supported_languages`.
    case unknownLanguage

    /// The account error `error` stands for, when it is a violation of one of the constraints above.
    static func from(_ error: any Error) -> AccountWriteError? {
        guard let error = error as? PSQLError, let constraint = error.serverInfo?[.constraintName] else { return nil }
        switch constraint {
        case "users_email_lower_key": return .emailTaken
        case "users_currency_fkey": return .unknownCurrency
        case "user_profiles_preferred_language_fkey": return .unknownLanguage
        default: return nil
        }
    }

    /// Runs `body`, turning the constraint violations above into `AccountWriteError`s.
    static func translating<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch {
            throw from(error) ?? error
        }
    }
}
