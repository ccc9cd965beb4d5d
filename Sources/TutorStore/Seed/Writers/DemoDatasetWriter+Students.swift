import Foundation

extension DemoDatasetWriter {
    /// Student profiles, interests, favorites, tutors' notes and packages.
    mutating func writeStudents() async throws {
        let ids = ids
        try await insert("student_profiles", Array(zip(ids.students, dataset.students))) {
            $0.column("id") { $0.0 }
            $0.column("user_id") { ids.users[$0.1.user] }
            $0.column("grade_level") { $0.1.gradeLevel }
            $0.column("learning_goals") { $0.1.learningGoals }
            $0.column("credit_balance_cents") { $0.1.creditBalanceCents }
        }
        try await insert("student_subject_interests", dataset.interests) {
            $0.column("student_profile_id") { ids.students[$0.student] }
            $0.column("subject_id") { $0.subjectID }
            $0.column("level") { $0.level }
        }
        try await insert("favorite_tutors", dataset.favorites) {
            $0.column("student_profile_id") { ids.students[$0.student] }
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("created_at") { $0.createdAt }
        }
        try await insert("student_notes", dataset.studentNotes) {
            $0.column("tutor_profile_id") { ids.tutors[$0.tutor] }
            $0.column("student_profile_id") { ids.students[$0.student] }
            $0.column("body") { $0.body }
        }
        try await insert("student_packages", Array(zip(ids.packages, dataset.packages))) {
            $0.column("id") { $0.0 }
            $0.column("student_profile_id") { ids.students[$0.1.student] }
            $0.column("tutor_profile_id") { ids.tutors[$0.1.tutor] }
            $0.column("pricing_option_id") { ids.pricingOptions[$0.1.pricingOption] }
            $0.column("sessions_purchased") { $0.1.sessionsPurchased }
            $0.column("sessions_used") { $0.1.sessionsUsed }
            $0.column("sessions_remaining") { $0.1.sessionsPurchased - $0.1.sessionsUsed }
            $0.column("price_paid_cents") { $0.1.pricePaidCents }
            $0.column("purchased_at") { $0.1.purchasedAt }
            $0.column("expires_at") { $0.1.expiresAt }
            $0.column("status") { $0.1.status }
            $0.column("created_at") { $0.1.purchasedAt }
        }
    }
}
