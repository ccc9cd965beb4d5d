import GraphQLEngine
import TutorStore

/// `deleteUser` and `restoreUser`: staff soft-delete an account (signing it out everywhere) and bring it back.
enum UserModerationMutations {
    static func register(_ mutation: inout ObjectResolvers<RootValue>) {
        StaffMutation.add("deleteUser", to: &mutation) { input in
            let userID = try input.id("userId", as: .user)
            let reason = try TutorInputRules.text(input, "reason", limit: StaffMutation.maximumTextLength)
            return { administration, actor, context in
                let user = try await administration.deleteUser(userID, reason: reason, by: actor, now: context.now)
                return payload(user, context: context, echoing: input.clientMutationId)
            }
        }
        StaffMutation.add("restoreUser", to: &mutation) { input in
            let userID = try input.id("userId", as: .user)
            let reason = try TutorInputRules.text(input, "reason", limit: StaffMutation.maximumTextLength)
            return { administration, actor, context in
                let user = try await administration.restoreUser(userID, reason: reason, by: actor, now: context.now)
                return payload(user, context: context, echoing: input.clientMutationId)
            }
        }
    }

    /// The payload of a changed user, with the request's cached copy replaced so nested reads see the change.
    private static func payload(_ user: UserRow, context: RequestContext, echoing clientMutationId: String?) -> UserPayload {
        context.userByID.clear(user.id)
        context.userByID.prime(user.id, user)
        return UserPayload(user: user, clientMutationId: clientMutationId)
    }
}
