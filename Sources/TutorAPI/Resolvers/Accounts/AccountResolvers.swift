import GraphQLEngine
import TutorStore

/// Accounts and authentication: users and their settings, sign-up, sign-in, tokens and passwords.
enum AccountResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        UserResolvers.register(&map)
        map.addConnection("User", node: UserRow.self)
        registerPayloads(&map)
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        UserQueries.register(&query)
    }

    static func registerMutations(_ mutation: inout ObjectResolvers<RootValue>) {
        AuthMutations.add(to: &mutation)
        ProfileMutations.add(to: &mutation)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        UserQueries.registerNodes(&nodes)
    }

    private static func registerPayloads(_ map: inout ResolverMap) {
        var auth = ObjectResolvers("AuthPayload", as: AuthPayload.self)
        auth.field("accessToken") { $0.accessToken }
        auth.field("accessTokenExpiresAt") { $0.accessTokenExpiresAt }
        auth.field("refreshToken") { $0.refreshToken }
        auth.field("user") { SignedInUser(user: $0.user) }
        auth.field("clientMutationId") { $0.clientMutationId }
        map.add(auth)

        for name in ["ChangePasswordPayload", "ResetPasswordPayload", "UpdateProfilePayload"] {
            var payload = ObjectResolvers(name, as: UserMutationPayload.self)
            payload.field("user") { $0.user }
            payload.field("clientMutationId") { $0.clientMutationId }
            map.add(payload)
        }

        for name in ["LogoutPayload", "RequestPasswordResetPayload"] {
            var payload = ObjectResolvers(name, as: SuccessPayload.self)
            payload.field("success") { _ in true }
            payload.field("clientMutationId") { $0.clientMutationId }
            map.add(payload)
        }

        var preferences = ObjectResolvers("UpdateNotificationPreferencesPayload", as: NotificationPreferencesPayload.self)
        preferences.field("preferences") { $0.preferences }
        preferences.field("clientMutationId") { $0.clientMutationId }
        map.add(preferences)
    }
}
