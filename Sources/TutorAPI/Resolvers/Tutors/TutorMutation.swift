import GraphQLEngine
import TutorDomain
import TutorStore

/// What every tutor self-service mutation shares: only a tutor acts, on their own profile, through one store
/// call, and the store's refusals become typed API errors.
enum TutorMutation {
    /// Adds mutation `name`: `prepare` checks the input before any database work (BAD_USER_INPUT), `write`
    /// makes the one store call with the viewer's user ID; `itemType` names what a remove could not find.
    static func add(
        _ name: String, to mutation: inout ObjectResolvers<RootValue>, itemType: String = "Tutor",
        _ prepare: @escaping @Sendable (InputReader, RequestContext) throws -> @Sendable (Store, Int64) async throws -> TutorProfileRow
    ) {
        mutation.field(name) { _, arguments, context in
            let viewer = try AccessPolicy.requireRole(context.viewer, [.tutor])
            let input = InputReader(input: arguments)
            let write = try prepare(input, context)
            return .run {
                let tutor: TutorProfileRow
                do {
                    tutor = try await write(context.store, viewer.userID)
                } catch let error as TutorWriteError {
                    throw apiError(error, itemType: itemType)
                }
                context.forgetTutor(tutor)
                return TutorPayload(tutor: tutor, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// The API's reading of a store refusal.
    static func apiError(_ error: TutorWriteError, itemType: String) -> APIError {
        switch error {
        case .noTutorProfile:
            return .forbidden("Only tutors with a profile can do this.")
        case .itemNotFound:
            return .notFound(itemType)
        case .unknownSubjects(let ids):
            return .badInput("No active subject has ID \(ids.map { GlobalID(.subject, $0).description }).", field: "input.subjects")
        case .unknownLanguages(let codes):
            return .badInput("TutorGraph does not support the language(s) \(codes.joined(separator: ", ")).", field: "input.languages")
        case .unknownCurrency:
            return .badInput("TutorGraph does not support this currency.", field: "input.currency")
        case .overlappingBlackout:
            return .conflict("This period overlaps one of your blackouts.")
        case .notSubmittable(let status):
            return .conflict("A profile that is \(status.uppercased()) cannot be submitted for approval.")
        case .incompleteProfile(let missing):
            return .badInput(incompleteMessage(missing), field: missing)
        }
    }

    private static func incompleteMessage(_ missing: String) -> String {
        switch missing {
        case "subjects": "Add at least one subject before submitting the profile."
        case "hourlyRateCents": "Set an hourly rate above zero before submitting the profile."
        default: "Add a \(missing) before submitting the profile."
        }
    }
}
