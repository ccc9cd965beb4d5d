import Foundation
import TutorDomain

extension DemoDatasetWriter {
    /// Bookings with their snapshots, every state change as an event, and shared session materials.
    mutating func writeBookings() async throws {
        let ids = ids
        let dataset = dataset
        let admin = ids.users[dataset.adminUser]
        try await insert("bookings", Array(zip(ids.bookings, dataset.bookings).enumerated())) {
            $0.column("id") { $0.element.0 }
            $0.column("tutor_profile_id") { ids.tutors[$0.element.1.tutor] }
            $0.column("student_profile_id") { ids.students[$0.element.1.student] }
            $0.column("subject_id") { dataset.subjectID(of: $0.element.1) }
            $0.column("pricing_option_id") { ids.pricingOptions[$0.element.1.pricingOption] }
            $0.column("student_package_id") { $0.element.1.package.map { ids.packages[$0] } }
            $0.column("start_time") { $0.element.1.start }
            $0.column("end_time") { $0.element.1.end }
            $0.column("student_timezone") { dataset.users[dataset.students[$0.element.1.student].user].timezone }
            $0.column("tutor_timezone") { dataset.tutors[$0.element.1.tutor].timezone }
            $0.column("session_state") { $0.element.1.state.session.rawValue }
            $0.column("session_outcome") { $0.element.1.state.outcome?.rawValue }
            $0.column("payment_state") { $0.element.1.state.payment.rawValue }
            $0.column("dispute_state") { $0.element.1.state.dispute.rawValue }
            $0.column("confirmed_at") { $0.element.1.confirmedAt }
            $0.column("started_at") { $0.element.1.startedAt }
            $0.column("ended_at") { $0.element.1.endedAt }
            $0.column("cancelled_at") { $0.element.1.cancellation?.at }
            $0.column("cancelled_by") { dataset.cancellingUser(of: $0.element.1).map { ids.users[$0] } }
            $0.column("cancelled_by_role") { $0.element.1.cancellation.map { $0.byTutor ? "tutor" : "student" } }
            $0.column("cancellation_reason") { $0.element.1.cancellation?.reason }
            $0.column("dispute_reason") { $0.element.1.dispute?.reason }
            $0.column("dispute_opened_at") { $0.element.1.dispute?.openedAt }
            $0.column("dispute_opened_by") { row in row.element.1.dispute.map { _ in ids.users[dataset.students[row.element.1.student].user] } }
            $0.column("dispute_resolved_at") { $0.element.1.dispute?.resolvedAt }
            $0.column("dispute_resolved_by") { $0.element.1.dispute?.resolvedAt == nil ? nil : admin }
            $0.column("dispute_resolution_note") { $0.element.1.dispute?.resolutionNote }
            $0.column("hourly_rate_cents") { $0.element.1.price.hourlyRateCents }
            $0.column("price_cents") { $0.element.1.price.priceCents }
            $0.column("platform_fee_pct") { Double($0.element.1.price.feeBasisPoints) / 100 }
            $0.column("platform_fee_cents") { $0.element.1.price.feeCents }
            $0.column("tutor_earnings_cents") { $0.element.1.price.tutorEarningsCents }
            $0.column("pricing_snapshot", cast: "jsonb") { dataset.pricingSnapshot(of: $0.element.1) }
            $0.column("tutor_name") { dataset.users[dataset.tutors[$0.element.1.tutor].user].fullName }
            $0.column("student_name") { dataset.users[dataset.students[$0.element.1.student].user].fullName }
            $0.column("subject_name") { dataset.subjects[$0.element.1.subject].name }
            $0.column("notes_from_student") { $0.element.1.notesFromStudent }
            $0.column("join_url") { row in
                row.element.1.state.session.holdsSlot ? "https://meet.example.com/tutorgraph-\(row.offset + 1)" : nil
            }
            $0.column("version") { $0.element.1.version }
            $0.column("created_at") { $0.element.1.createdAt }
        }
        try await insert("booking_events", dataset.bookingEvents) {
            $0.column("booking_id") { ids.bookings[$0.booking] }
            $0.column("event_type") { $0.type }
            $0.column("booking_version") { $0.version }
            $0.column("session_state") { $0.state.session.rawValue }
            $0.column("session_outcome") { $0.state.outcome?.rawValue }
            $0.column("payment_state") { $0.state.payment.rawValue }
            $0.column("dispute_state") { $0.state.dispute.rawValue }
            $0.column("actor_user_id") { $0.actor.map { ids.users[$0] } }
            $0.column("actor_role") { $0.actorRole }
            $0.column("reason") { $0.reason }
            $0.column("occurred_at") { $0.occurredAt }
            $0.column("created_at") { $0.occurredAt }
        }
        try await insert("session_materials", dataset.materials) {
            $0.column("booking_id") { ids.bookings[$0.booking] }
            $0.column("uploaded_by") { ids.users[$0.uploadedBy] }
            $0.column("kind") { $0.kind }
            $0.column("title") { $0.title }
            $0.column("url") { $0.url }
            $0.column("storage_key") { $0.file?.storageKey }
            $0.column("mime_type") { $0.file?.mimeType }
            $0.column("size_bytes") { $0.file?.sizeBytes }
            $0.column("body") { $0.body }
            $0.column("created_at") { $0.createdAt }
        }
    }
}

extension DemoDataset {
    /// The user who cancelled or declined, if anyone did.
    func cancellingUser(of booking: DemoBooking) -> Int? {
        booking.cancellation.map { $0.byTutor ? tutors[booking.tutor].user : students[booking.student].user }
    }

    /// The booked option as it was, for `bookings.pricing_snapshot`.
    func pricingSnapshot(of booking: DemoBooking) -> String {
        let option = pricingOptions[booking.pricingOption]
        return """
            {"pricingType": "\(option.type)", "optionTitle": "\(option.title)", "durationMinutes": \(option.durationMinutes), \
            "sessionsIncluded": \(option.sessionsIncluded), "feeBasisPoints": \(booking.price.feeBasisPoints)}
            """
    }
}
