import GraphQLEngine
import TutorDomain
import TutorStore

/// `User`, `UserProfile` and `NotificationPreference`, with the visibility rules of issue 4: private data
/// for the user and staff, settings for the user alone, deletion details for staff.
enum UserResolvers {
    static func register(_ map: inout ResolverMap) {
        var user = ObjectResolvers("User", as: (any UserSource).self)
        user.field("id") { $0.user.nodeID.description }
        user.field("email") { source, _, context in
            .value(source.allows(.readPrivateUserData(ownerUserID: source.user.id), in: context) ? source.user.email : nil)
        }
        user.field("firstName") { $0.user.firstName }
        user.field("lastName") { $0.user.lastName }
        user.field("fullName") { source in
            [source.user.firstName, source.user.lastName].filter { !$0.isEmpty }.joined(separator: " ")
        }
        user.field("role") { $0.user.role.rawValue.uppercased() }
        user.field("isActive") { $0.user.isActive }
        user.field("isVerified") { $0.user.isVerified }
        user.field("currency") { $0.user.currency }
        user.field("timezone") { $0.user.timezone }
        user.field("profile") { source, _, context in
            guard source.allows(.readPrivateUserData(ownerUserID: source.user.id), in: context) else { return .value(nil) }
            return .load(context.userProfileByUserID.deferred(source.user.id))
        }
        user.field("notificationPreferences") { source, _, context in
            guard source.allows(.readAccountSettings(ownerUserID: source.user.id), in: context) else { return .value(nil) }
            return .load(context.notificationPreferencesByUserID.deferred(source.user.id).map { $0 ?? [] })
        }
        user.field("tutorProfile") { source, _, context in
            let viewer = source.viewer(in: context)
            return .load(
                context.tutorByUserID.deferred(source.user.id).map { tutor in
                    tutor?.isVisible(to: viewer) == true ? tutor : nil
                })
        }
        user.field("studentProfile") { source, _, context in
            let seesPrivateData = source.allows(.readPrivateUserData(ownerUserID: source.user.id), in: context)
            return .load(
                context.studentByUserID.deferred(source.user.id).flatMap { student -> Promise<StudentProfileRow?> in
                    guard let student else { return Promise(value: nil) }
                    if seesPrivateData, student.deletedAt == nil { return Promise(value: student) }
                    return context.visibility(of: student).map { $0 ? student : nil }
                })
        }
        user.field("createdAt") { $0.user.createdAt }
        user.field("lastLoginAt") { source, _, context in
            .value(source.allows(.readPrivateUserData(ownerUserID: source.user.id), in: context) ? source.user.lastLoginAt : nil)
        }
        user.field("deletedAt") { source, _, context in
            .value(source.allows(.readModerationData, in: context) ? source.user.deletedAt : nil)
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

/// What `User` fields resolve from: a user row and who is looking at it.
///
/// Usually the request's viewer looks; right after `register` or `login` the request is still anonymous,
/// yet the payload's user is the one who just signed in and sees their own account as such.
protocol UserSource: Sendable {
    var user: UserRow { get }
    /// Who looks at this user in `context`.
    func viewer(in context: RequestContext) -> Viewer?
}

extension UserSource {
    /// Whether whoever looks at this user in `context` holds `permission`.
    func allows(_ permission: Permission, in context: RequestContext) -> Bool {
        AccessPolicy.allows(viewer(in: context), permission)
    }
}

extension UserRow: UserSource, NodeBacked {
    var user: UserRow { self }
    var nodeID: GlobalID { GlobalID(.user, id) }

    func viewer(in context: RequestContext) -> Viewer? { context.viewer }
}

/// The user an authentication mutation just signed in, seen through their own eyes.
struct SignedInUser: UserSource {
    let user: UserRow

    func viewer(in context: RequestContext) -> Viewer? { Viewer(userID: user.id, role: user.role) }
}
