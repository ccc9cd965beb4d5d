import GraphQLEngine
import TutorDomain
import TutorStore

/// `User`, `UserProfile` and `NotificationPreference`, with the visibility rules of issue 4: private data
/// for the user and staff, settings for the user alone, deletion details for staff.
enum UserResolvers {
    static func register(_ map: inout ResolverMap) {
        var user = ObjectResolvers("User", as: UserRow.self)
        user.field("id") { $0.nodeID.description }
        user.field("email") { user, _, context in
            .value(AccessPolicy.allows(context.viewer, .readPrivateUserData(ownerUserID: user.id)) ? user.email : nil)
        }
        user.field("firstName") { $0.firstName }
        user.field("lastName") { $0.lastName }
        user.field("fullName") { [$0.firstName, $0.lastName].filter { !$0.isEmpty }.joined(separator: " ") }
        user.field("role") { $0.role.rawValue.uppercased() }
        user.field("isActive") { $0.isActive }
        user.field("isVerified") { $0.isVerified }
        user.field("currency") { $0.currency }
        user.field("timezone") { $0.timezone }
        user.field("profile") { user, _, context in
            guard AccessPolicy.allows(context.viewer, .readPrivateUserData(ownerUserID: user.id)) else { return .value(nil) }
            return .load(context.userProfileByUserID.deferred(user.id))
        }
        user.field("notificationPreferences") { user, _, context in
            guard AccessPolicy.allows(context.viewer, .readAccountSettings(ownerUserID: user.id)) else { return .value(nil) }
            return .load(context.notificationPreferencesByUserID.deferred(user.id).map { $0 ?? [] })
        }
        user.field("createdAt") { $0.createdAt }
        user.field("lastLoginAt") { user, _, context in
            .value(AccessPolicy.allows(context.viewer, .readPrivateUserData(ownerUserID: user.id)) ? user.lastLoginAt : nil)
        }
        user.field("deletedAt") { user, _, context in
            .value(AccessPolicy.allows(context.viewer, .readModerationData) ? user.deletedAt : nil)
        }
        map.add(user)

        var profile = ObjectResolvers("UserProfile", as: UserProfileRow.self)
        profile.field("avatarUrl") { $0.avatarURL }
        profile.field("phone") { $0.phone }
        profile.field("countryCode") { $0.countryCode }
        profile.field("preferredLanguage") { profile, _, context in
            guard let code = profile.preferredLanguage else { return .value(nil) }
            return .load(context.languageByCode.deferred(code))
        }
        profile.field("dateOfBirth") { $0.dateOfBirth }
        profile.field("about") { $0.about }
        map.add(profile)

        var preference = ObjectResolvers("NotificationPreference", as: NotificationPreferenceRow.self)
        preference.field("channel") { $0.channel.uppercased() }
        preference.field("category") { $0.category.uppercased() }
        preference.field("isEnabled") { $0.isEnabled }
        preference.field("quietHoursStart") { $0.quietHoursStart }
        preference.field("quietHoursEnd") { $0.quietHoursEnd }
        map.add(preference)
    }

    /// Whether `viewer` may see `user` at all: soft-deleted accounts exist for staff only.
    static func isVisible(_ user: UserRow, to context: RequestContext) -> Bool {
        user.deletedAt == nil || AccessPolicy.allows(context.viewer, .readModerationData)
    }
}

extension UserRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.user, id) }
}
