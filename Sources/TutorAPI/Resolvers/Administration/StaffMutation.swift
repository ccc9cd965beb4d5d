import GraphQLEngine
import TutorStore

/// What every staff mutation shares: only staff act (`moderate`), the input is checked before any database work,
/// the one store call is audited as the viewer in this request, and the store's refusals become typed API errors.
enum StaffMutation {
    /// The longest reason or note staff write, in characters (the columns' CHECK limit).
    static let maximumTextLength = 2000

    /// The write a staff mutation makes once its input is checked: one store call as `actor`, returning the payload.
    typealias Write = @Sendable (AdministrationRepository, AuditActor, RequestContext) async throws -> any Sendable

    /// Adds mutation `name`: `prepare` reads and checks the input (BAD_USER_INPUT) and returns the write.
    static func add(
        _ name: String, to mutation: inout ObjectResolvers<RootValue>,
        _ prepare: @escaping @Sendable (InputReader) throws -> Write
    ) {
        mutation.field(name) { _, arguments, context in
            let viewer = try AccessPolicy.require(context.viewer, .moderate)
            let write = try prepare(InputReader(input: arguments))
            let actor = AuditActor(userID: viewer.userID, requestID: context.requestID)
            return .run {
                do {
                    return try await write(context.store.administration, actor, context)
                } catch let error as AdministrationError {
                    throw error.apiError
                }
            }
        }
    }
}
