import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// Reviews for most completed sessions, mostly good, a few private, some answered by the tutor.
    mutating func addReviews() {
        for (index, booking) in dataset.bookings.enumerated()
        where booking.state.outcome == .completed && booking.state.dispute != .resolvedRefunded && random.chance(0.8) {
            guard let endedAt = booking.endedAt else { continue }
            let rating = random.pick([5, 5, 5, 5, 5, 5, 4, 4, 4, 3, 2, 1])
            let phrases = switch rating {
            case 5: FeedbackPhrases.excellent
            case 4: FeedbackPhrases.good
            case 3: FeedbackPhrases.average
            default: FeedbackPhrases.poor
            }
            let createdAt = min(clock.now, endedAt.addingTimeInterval(.hours(Double(random.int(1...72)))))
            let responded = random.chance(0.3)
            dataset.reviews.append(
                DemoReview(
                    booking: index, tutor: booking.tutor, student: booking.student, rating: rating,
                    comment: random.pick(phrases).replacingOccurrences(of: "{subject}", with: subjects[booking.subject].name),
                    isPublic: random.chance(0.95),
                    tutorResponse: responded ? random.pick(FeedbackPhrases.tutorResponses) : nil,
                    respondedAt: responded ? min(clock.now, createdAt.addingTimeInterval(.hours(12))) : nil,
                    createdAt: createdAt
                )
            )
        }
    }

    /// Notes, links and files shared for some scheduled and completed sessions.
    mutating func addSessionMaterials() {
        for (index, booking) in dataset.bookings.enumerated()
        where (booking.state.session == .scheduled || booking.state.outcome == .completed) && random.chance(0.15) {
            let uploader = dataset.tutors[booking.tutor].user
            let createdAt = min(clock.now, booking.confirmedAt ?? booking.createdAt)
            let title = random.pick(OperationalPhrases.materialTitles)
            let subject = subjects[booking.subject]
            let material = switch random.int(0...2) {
            case 0:
                DemoSessionMaterial(booking: index, uploadedBy: uploader, kind: "note", title: title, url: nil,
                                    body: "Before the session, revise the main ideas of \(subject.name) we discussed.",
                                    file: nil, createdAt: createdAt)
            case 1:
                DemoSessionMaterial(booking: index, uploadedBy: uploader, kind: "link", title: title,
                                    url: "https://learn.\(Self.emailDomain)/\(subject.slug)/practice", body: nil,
                                    file: nil, createdAt: createdAt)
            default:
                DemoSessionMaterial(booking: index, uploadedBy: uploader, kind: "file", title: title, url: nil, body: nil,
                                    file: ("demo/materials/\(index + 1)/\(subject.slug)-worksheet.pdf", "application/pdf",
                                           Int64(random.int(40_000...2_000_000))),
                                    createdAt: createdAt)
            }
            dataset.materials.append(material)
        }
    }
}
