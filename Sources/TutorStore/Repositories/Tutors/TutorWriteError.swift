import PostgresNIO

/// Why a tutor's change to their own profile was refused, in terms the API can report.
public enum TutorWriteError: Error, Sendable, Hashable {
    /// The user has no tutor profile, or it was deleted.
    case noTutorProfile
    /// The blackout, pricing option, certification or education entry is not one of the tutor's own.
    case itemNotFound
    /// These subject IDs name no active subject.
    case unknownSubjects([Int64])
    /// These language codes are not in `supported_languages`.
    case unknownLanguages([String])
    /// The currency is not in `supported_currencies`.
    case unknownCurrency
    /// The blackout overlaps one the tutor already has.
    case overlappingBlackout
    /// The profile is not in a state it can be submitted from (`profile_status` as stored).
    case notSubmittable(status: String)
    /// Submission needs this part of the profile first: `title`, `bio`, `subjects` or `hourlyRateCents`.
    case incompleteProfile(missing: String)

    /// The tutor error `error` stands for, when it is a violation of one of the constraints above.
    static func from(_ error: any Error) -> TutorWriteError? {
        guard let error = error as? PSQLError, let serverInfo = error.serverInfo else { return nil }
        // Blackouts carry the only exclusion constraint a tutor's own write can hit.
        if serverInfo[.sqlState] == "23P01" { return .overlappingBlackout }
        return serverInfo[.constraintName] == "tutor_profiles_currency_fkey" ? .unknownCurrency : nil
    }

    /// Runs `body`, turning the constraint violations above into `TutorWriteError`s.
    static func translating<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch {
            throw from(error) ?? error
        }
    }
}
