import GraphQLEngine
import TutorDomain
import TutorStore

/// `updateProfile` and `updateNotificationPreferences`: the viewer's own account settings.
enum ProfileMutations {
    /// Adds both mutations.
    static func add(to mutation: inout ObjectResolvers<RootValue>) {
        updateProfile(&mutation)
        updateNotificationPreferences(&mutation)
    }

    /// `updateProfile`: one COALESCE update per table, in one transaction.
    private static func updateProfile(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("updateProfile") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let changes = try profileChanges(from: input, viewer: viewer, context: context)
            return .run {
                do {
                    guard let user = try await context.store.accounts.updateProfile(userID: viewer.userID, changes: changes)
                    else { throw APIError.unauthenticated() }
                    context.userProfileByUserID.clear(viewer.userID)
                    return UserMutationPayload(user: user, clientMutationId: input.clientMutationId)
                } catch AccountWriteError.unknownCurrency {
                    throw APIError.badInput("TutorGraph does not support this currency.", field: "input.currency")
                } catch AccountWriteError.unknownLanguage {
                    throw APIError.badInput("TutorGraph does not support this language.", field: "input.preferredLanguage")
                }
            }
        }
    }

    /// `updateNotificationPreferences`: upserts the given switches and returns them all.
    private static func updateNotificationPreferences(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("updateNotificationPreferences") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let preferences = try notificationPreferences(from: input)
            return .run {
                let all = try await context.store.accounts.updateNotificationPreferences(
                    userID: viewer.userID, preferences)
                context.notificationPreferencesByUserID.clear(viewer.userID)
                return NotificationPreferencesPayload(preferences: all, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// Validates every given field of `UpdateProfileInput`; absent and null fields stay unchanged.
    private static func profileChanges(
        from input: InputReader, viewer: Viewer, context: RequestContext
    ) throws(APIError) -> ProfileChanges {
        var changes = ProfileChanges()
        let rules = AccountInputRules.self
        func read(_ name: String, _ rule: (String, String) throws(APIError) -> String) throws(APIError) -> String? {
            guard let raw = input.string(name) else { return nil }
            return try rule(raw, "input.\(name)")
        }
        changes.firstName = try read("firstName") { raw, field throws(APIError) in
            try rules.name(raw, required: true, field: field)
        }
        changes.lastName = try read("lastName") { raw, field throws(APIError) in
            try rules.name(raw, required: false, field: field)
        }
        changes.timezone = try read("timezone", rules.timezone)
        changes.currency = try read("currency", rules.currency)
        changes.avatarURL = try read("avatarUrl", rules.url)
        changes.phone = try read("phone", rules.phone)
        changes.countryCode = try read("countryCode", rules.countryCode)
        changes.preferredLanguage = try read("preferredLanguage", rules.languageCode)
        changes.dateOfBirth = try read("dateOfBirth") { raw, field throws(APIError) in
            try rules.dateOfBirth(raw, today: context.now, field: field)
        }
        changes.about = try read("about") { raw, field throws(APIError) in try rules.text(raw, limit: 2000, field: field) }
        for studentField in ["gradeLevel", "learningGoals"] where input.string(studentField) != nil {
            guard viewer.role == .student else {
                throw APIError.badInput("Only students have a \(studentField).", field: "input.\(studentField)")
            }
        }
        changes.gradeLevel = input.string("gradeLevel")?.lowercased()
        changes.learningGoals = try read("learningGoals") { raw, field throws(APIError) in
            try rules.text(raw, limit: 2000, field: field)
        }
        return changes
    }

    /// Validates `UpdateNotificationPreferencesInput.preferences`: known categories, each switch once,
    /// quiet hours given as a pair.
    private static func notificationPreferences(from input: InputReader) throws(APIError) -> [NotificationPreferenceRow] {
        let items = input.fields["preferences"]?.listValue ?? []
        var seen = Set<String>()
        var preferences: [NotificationPreferenceRow] = []
        for (index, item) in items.enumerated() {
            let field = "input.preferences[\(index)]"
            let channel = item["channel"]?.stringValue?.lowercased() ?? ""
            let category = item["category"]?.stringValue?.lowercased() ?? ""
            guard NotificationPreferenceRow.categories.contains(category) else {
                throw APIError.badInput("\(category.uppercased()) notifications cannot be switched off.", field: "\(field).category")
            }
            guard seen.insert(channel + "/" + category).inserted else {
                throw APIError.badInput("Each channel and category may appear once.", field: field)
            }
            let start = item["quietHoursStart"]?.stringValue
            let end = item["quietHoursEnd"]?.stringValue
            guard (start == nil) == (end == nil) else {
                throw APIError.badInput(
                    "Give both ends of the quiet hours, or neither.",
                    field: "\(field).\(start == nil ? "quietHoursStart" : "quietHoursEnd")")
            }
            preferences.append(
                NotificationPreferenceRow(
                    channel: channel, category: category, isEnabled: item["isEnabled"]?.boolValue ?? true,
                    quietHoursStart: start, quietHoursEnd: end))
        }
        return preferences
    }
}
