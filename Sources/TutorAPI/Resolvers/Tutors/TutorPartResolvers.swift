import GraphQLEngine
import TutorDomain
import TutorStore

/// The parts of a tutor profile: subjects, credentials, schedule, prices and figures.
enum TutorPartResolvers {
    static func register(_ map: inout ResolverMap) {
        var subject = ObjectResolvers("TutorSubject", as: TutorSubjectRow.self)
        subject.field("subject") { taught, _, context in .load(context.subjectByID.deferred(taught.subjectID)) }
        subject.field("proficiency") { $0.proficiency.uppercased() }
        subject.field("yearsExperience") { $0.yearsExperience }
        subject.field("isPrimary") { $0.isPrimary }
        map.add(subject)

        var certification = ObjectResolvers("Certification", as: CertificationRow.self)
        certification.field("id") { GlobalID(.certification, $0.id).description }
        certification.field("name") { $0.name }
        certification.field("issuingOrganization") { $0.issuingOrganization }
        certification.field("issuedOn") { $0.issuedOn }
        certification.field("expiresOn") { $0.expiresOn }
        certification.field("credentialUrl") { $0.credentialURL }
        certification.field("verificationStatus") { $0.verificationStatus.uppercased() }
        map.add(certification)

        var education = ObjectResolvers("Education", as: EducationRow.self)
        education.field("id") { GlobalID(.education, $0.id).description }
        education.field("institution") { $0.institution }
        education.field("degree") { $0.degree.uppercased() }
        education.field("fieldOfStudy") { $0.fieldOfStudy }
        education.field("startYear") { $0.startYear }
        education.field("endYear") { $0.endYear }
        education.field("verificationStatus") { $0.verificationStatus.uppercased() }
        map.add(education)

        var slot = ObjectResolvers("AvailabilitySlot", as: AvailabilitySlotRow.self)
        slot.field("id") { GlobalID(.availabilitySlot, $0.id).description }
        slot.field("dayOfWeek") { $0.dayOfWeek }
        slot.field("startTime") { $0.startTime }
        slot.field("endTime") { $0.endTime }
        slot.field("timezone") { $0.timezone }
        map.add(slot)

        var blackout = ObjectResolvers("Blackout", as: VisibleBlackout.self)
        blackout.field("id") { GlobalID(.blackout, $0.row.id).description }
        blackout.field("startAt") { $0.row.startAt }
        blackout.field("endAt") { $0.row.endAt }
        blackout.field("reason") { $0.showsReason ? $0.row.reason : "" }
        map.add(blackout)

        var pricing = ObjectResolvers("PricingOption", as: PricingOptionRow.self)
        pricing.field("id") { GlobalID(.pricingOption, $0.id).description }
        pricing.field("title") { $0.title }
        pricing.field("description") { $0.description }
        pricing.field("type") { $0.pricingType.uppercased() }
        pricing.field("durationMinutes") { $0.durationMinutes }
        pricing.field("price") { Money(cents: Int($0.priceCents), currency: $0.currency) }
        pricing.field("priceCents") { Int($0.priceCents) }
        pricing.field("sessionsIncluded") { $0.sessionsIncluded }
        pricing.field("validityDays") { $0.validityDays }
        map.add(pricing)

        var stats = ObjectResolvers("TutorStats", as: TutorStatsRow.self)
        stats.field("completedSessions") { $0.completedSessions }
        stats.field("totalStudents") { $0.totalStudents }
        stats.field("totalReviews") { $0.totalReviews }
        stats.field("averageRating") { $0.averageRating }
        stats.field("ratingDistribution") { stats in
            zip([5, 4, 3, 2, 1], stats.ratingDistribution).map { RatingCount(rating: $0, count: $1) }
        }
        map.add(stats)

        var ratingCount = ObjectResolvers("RatingCount", as: RatingCount.self)
        ratingCount.field("rating") { $0.rating }
        ratingCount.field("count") { $0.count }
        map.add(ratingCount)
    }
}

/// `RatingCount`: how many reviews gave one rating.
struct RatingCount: Sendable, Hashable {
    let rating: Int
    let count: Int
}
