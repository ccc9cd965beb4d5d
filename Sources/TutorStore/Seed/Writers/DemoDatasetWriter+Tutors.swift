import Foundation

extension DemoDatasetWriter {
    /// Tutor profiles and everything that describes them: subjects, credentials, schedule, pricing, approvals.
    mutating func writeTutors() async throws {
        let ids = ids
        let admin = ids.users[dataset.adminUser]
        try await insert("tutor_profiles", Array(zip(ids.tutors, dataset.tutors))) {
            $0.column("id") { $0.0 }
            $0.column("user_id") { ids.users[$0.1.user] }
            $0.column("title") { $0.1.title }
            $0.column("headline") { $0.1.headline }
            $0.column("bio") { $0.1.bio }
            $0.column("description") { $0.1.description }
            $0.column("hourly_rate_cents") { $0.1.hourlyRateCents }
            $0.column("languages", codes: { $0.1.languages })
            $0.column("badges", codes: { $0.1.badges })
            $0.column("experience_years") { $0.1.experienceYears }
            $0.column("video_url") { $0.1.videoURL }
            $0.column("timezone") { $0.1.timezone }
            $0.column("profile_status") { $0.1.status }
            $0.column("is_approved") { $0.1.isApproved }
            $0.column("auto_confirm") { $0.1.autoConfirm }
            $0.column("approved_at") { $0.1.approvedAt }
            $0.column("approved_by") { $0.1.approvedAt == nil ? nil : admin }
            $0.column("rejection_reason") { $0.1.rejectionReason }
            $0.column("lifetime_earnings_cents") { $0.1.lifetimeEarningsCents }
            $0.column("created_at") { $0.1.createdAt }
            $0.column("deleted_at") { $0.1.deletedAt }
            $0.column("deleted_by") { $0.1.deletedAt == nil ? nil : admin }
        }
        try await insert("tutor_subjects", dataset.tutorSubjects) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("subject_id") { $0.subjectID }
            $0.column("proficiency") { $0.proficiency }
            $0.column("years_experience") { $0.yearsExperience }
            $0.column("is_primary") { $0.isPrimary }
        }
        try await insert("tutor_certifications", dataset.certifications) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("name") { $0.name }
            $0.column("issuing_organization") { $0.organization }
            $0.column("issued_on") { $0.issuedOn }
            $0.column("expires_on") { $0.expiresOn }
            $0.column("verification_status") { $0.verificationStatus }
            $0.column("verified_at") { $0.verifiedAt }
            $0.column("verified_by") { $0.verifiedAt == nil ? nil : admin }
        }
        try await insert("tutor_education", dataset.education) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("institution") { $0.institution }
            $0.column("degree") { $0.degree }
            $0.column("field_of_study") { $0.fieldOfStudy }
            $0.column("start_year") { $0.startYear }
            $0.column("end_year") { $0.endYear }
            $0.column("verification_status") { $0.verificationStatus }
        }
        try await writeSchedules()
        try await writePricingAndApprovals()
    }

    private mutating func writeSchedules() async throws {
        let ids = ids
        try await insert("tutor_availabilities", dataset.availability) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("day_of_week") { $0.dayOfWeek }
            $0.column("start_time", cast: "time") { Self.clockTime($0.startMinute) }
            $0.column("end_time", cast: "time") { Self.clockTime($0.endMinute) }
            $0.column("timezone") { $0.timezone }
        }
        try await insert("tutor_blackouts", dataset.blackouts) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("start_at") { $0.start }
            $0.column("end_at") { $0.end }
            $0.column("reason") { $0.reason }
        }
    }

    private mutating func writePricingAndApprovals() async throws {
        let ids = ids
        let admin = ids.users[dataset.adminUser]
        try await insert("tutor_pricing_options", Array(zip(ids.pricingOptions, dataset.pricingOptions))) {
            $0.column("id") { $0.0 }
            $0.column("tutor_profile_id") { ids.tutors[$0.1.tutor] }
            $0.column("title") { $0.1.title }
            $0.column("description") { $0.1.description }
            $0.column("pricing_type") { $0.1.type }
            $0.column("duration_minutes") { $0.1.durationMinutes }
            $0.column("price_cents") { $0.1.priceCents }
            $0.column("sessions_included") { $0.1.sessionsIncluded }
            $0.column("validity_days") { $0.1.validityDays }
            $0.column("sort_order") { $0.1.sortOrder }
        }
        try await insert("tutor_approval_requests", dataset.approvalRequests) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("status") { $0.status }
            $0.column("submitted_at") { $0.submittedAt }
            $0.column("reviewed_at") { $0.reviewedAt }
            $0.column("reviewed_by") { $0.reviewedAt == nil ? nil : admin }
            $0.column("notes") { $0.notes }
        }
    }

    /// Minutes after midnight as `HH:MM`.
    private static func clockTime(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
