import GraphQLEngine

/// The GraphQL documents the account tests send, and shortcuts for their variables.
enum AccountDocuments {
    static let register = """
        mutation Register($input: RegisterInput!) {
          register(input: $input) {
            accessToken accessTokenExpiresAt refreshToken clientMutationId
            user { id email firstName lastName fullName role timezone currency lastLoginAt }
          }
        }
        """

    static let login = """
        mutation Login($input: LoginInput!) {
          login(input: $input) { accessToken refreshToken user { id email lastLoginAt } }
        }
        """

    static let refresh = """
        mutation Refresh($input: RefreshTokenInput!) {
          refreshToken(input: $input) { accessToken refreshToken user { id } }
        }
        """

    static let logout = """
        mutation Logout($input: LogoutInput!) { logout(input: $input) { success clientMutationId } }
        """

    static let changePassword = """
        mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }
        """

    static let requestPasswordReset = """
        mutation Request($input: RequestPasswordResetInput!) {
          requestPasswordReset(input: $input) { success clientMutationId }
        }
        """

    static let resetPassword = """
        mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }
        """

    static let updateProfile = """
        mutation Update($input: UpdateProfileInput!) {
          updateProfile(input: $input) {
            clientMutationId
            user {
              firstName lastName fullName timezone currency
              profile { avatarUrl phone countryCode preferredLanguage { code name } dateOfBirth about }
            }
          }
        }
        """

    static let updateNotificationPreferences = """
        mutation Switches($input: UpdateNotificationPreferencesInput!) {
          updateNotificationPreferences(input: $input) {
            preferences { channel category isEnabled quietHoursStart quietHoursEnd }
          }
        }
        """

    /// `{ input: { … } }` from string fields.
    static func input(_ fields: KeyValuePairs<String, String>) -> ObjectValue {
        var object = ObjectValue()
        for (key, value) in fields { object[key] = .string(value) }
        return ["input": .object(object)]
    }

    /// `{ input: { … } }` from any values.
    static func input(values fields: KeyValuePairs<String, Value>) -> ObjectValue {
        var object = ObjectValue()
        for (key, value) in fields { object[key] = value }
        return ["input": .object(object)]
    }
}

extension APITestHarness {
    /// Signs in through the `login` mutation.
    func login(_ email: String, password: String = APITestHarness.password) async throws -> APIResponse {
        try await execute(AccountDocuments.login, variables: AccountDocuments.input(["email": email, "password": password]))
    }

    /// Trades a refresh token through the `refreshToken` mutation.
    func refresh(_ token: String) async throws -> APIResponse {
        try await execute(AccountDocuments.refresh, variables: AccountDocuments.input(["refreshToken": token]))
    }
}
