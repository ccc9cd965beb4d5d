import GraphQLEngine
import TutorDomain
import TutorStore

/// The `Tutor` type: profile columns read straight off the row, every relation through a per-request loader.
enum TutorTypeResolvers {
    static func register(_ map: inout ResolverMap) {
        var tutor = ObjectResolvers("Tutor", as: TutorProfileRow.self)
        tutor.field("id") { $0.nodeID.description }
        tutor.field("user") { tutor, _, context in .load(context.userByID.deferred(tutor.userID)) }
        tutor.field("title") { $0.title }
        tutor.field("headline") { $0.headline }
        tutor.field("bio") { $0.bio }
        tutor.field("description") { $0.description }
        tutor.field("hourlyRate") { Money(cents: Int($0.hourlyRateCents), currency: $0.currency) }
        tutor.field("languages") { tutor, _, context in
            .load(context.languageByCode.deferred(many: tutor.languages).map { $0.compactMap { $0 } })
        }
        tutor.field("badges") { $0.badges.map { $0.uppercased() } }
        tutor.field("experienceYears") { $0.experienceYears }
        tutor.field("videoUrl") { $0.videoURL }
        tutor.field("timezone") { $0.timezone }
        tutor.field("profileStatus") { $0.profileStatus.uppercased() }
        tutor.field("isApproved") { $0.isApproved }
        tutor.field("autoConfirm") { $0.autoConfirm }
        tutor.field("rejectionReason") { tutor, _, context in
            .value(AccessPolicy.allows(context.viewer, .manageTutorProfile(tutorUserID: tutor.userID)) ? tutor.rejectionReason : nil)
        }
        tutor.field("averageRating") { $0.averageRating }
        tutor.field("totalReviews") { $0.totalReviews }
        tutor.field("totalSessions") { $0.totalSessions }
        tutor.field("subjects") { tutor, _, context in .load(context.tutorSubjects.deferred(tutor.id).map { $0 ?? [] }) }
        tutor.field("certifications") { tutor, _, context in
            .load(context.tutorCertifications.deferred(tutor.id).map { $0 ?? [] })
        }
        tutor.field("education") { tutor, _, context in .load(context.tutorEducation.deferred(tutor.id).map { $0 ?? [] }) }
        tutor.field("availability") { tutor, _, context in
            .load(context.tutorAvailability.deferred(tutor.id).map { $0 ?? [] })
        }
        tutor.field("blackouts") { tutor, _, context in
            let showsReasons = AccessPolicy.allows(context.viewer, .manageTutorProfile(tutorUserID: tutor.userID))
            return .load(
                context.tutorUpcomingBlackouts.deferred(tutor.id).map { rows in
                    (rows ?? []).map { VisibleBlackout(row: $0, showsReason: showsReasons) }
                })
        }
        tutor.field("pricingOptions") { tutor, _, context in
            .load(context.tutorPricingOptions.deferred(tutor.id).map { $0 ?? [] })
        }
        tutor.field("reviews", TutorReviewsField.resolve)
        tutor.field("stats") { tutor, _, context in
            .load(context.tutorStats.deferred(tutor.id).map { $0 ?? TutorStatsRow.none(tutorID: tutor.id) })
        }
        tutor.field("isFavorite") { tutor, _, context in
            guard let viewer = context.viewer, viewer.role == .student else { return .value(false) }
            return .load(context.viewerFavorites(userID: viewer.userID).deferred(tutor.id).map { $0 ?? false })
        }
        tutor.field("createdAt") { $0.createdAt }
        tutor.field("deletedAt") { tutor, _, context in
            .value(AccessPolicy.allows(context.viewer, .readModerationData) ? tutor.deletedAt : nil)
        }
        map.add(tutor)
    }
}

/// A blackout as one viewer sees it: the reason is the tutor's private reference.
struct VisibleBlackout: Sendable {
    let row: BlackoutRow
    let showsReason: Bool
}

extension TutorStatsRow {
    /// The figures of a tutor the batch did not return: nothing yet.
    static func none(tutorID: Int64) -> TutorStatsRow {
        TutorStatsRow(
            tutorID: tutorID, completedSessions: 0, totalStudents: 0, totalReviews: 0, averageRating: 0,
            ratingDistribution: [0, 0, 0, 0, 0])
    }
}
