import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// What a notification says and about which booking; the recipient and time are given separately.
    private struct NotificationContent {
        let type: String
        let category: String
        let priority: Int
        let title: String
        let body: String
        var booking: Int?
    }

    /// In-app notifications for what happened in the last month: requests and confirmations, cancellations,
    /// expiries, new reviews, payouts, disputes and profile decisions; older ones read, a few dismissed.
    mutating func addNotifications() {
        let monthAgo = clock.days(-30)
        for (index, booking) in dataset.bookings.enumerated() where booking.createdAt > monthAgo {
            addBookingNotifications(booking: index)
        }
        for review in dataset.reviews where review.createdAt > monthAgo {
            let content = NotificationContent(
                type: "NEW_REVIEW", category: "review", priority: 1, title: "New \(review.rating)-star review",
                body: review.comment, booking: review.booking
            )
            notify(dataset.tutors[review.tutor].user, content, at: review.createdAt)
        }
        for payout in dataset.payouts {
            guard let paidAt = payout.paidAt, paidAt > monthAgo else { continue }
            let content = NotificationContent(
                type: "PAYOUT_SENT", category: "payment", priority: 2, title: "Payout sent",
                body: "Your earnings are on their way."
            )
            notify(dataset.tutors[payout.tutor].user, content, at: paidAt)
        }
        for tutor in dataset.tutors where tutor.status == "rejected" {
            let content = NotificationContent(
                type: "PROFILE_REJECTED", category: "account", priority: 3, title: "Profile needs changes",
                body: tutor.rejectionReason ?? ""
            )
            notify(tutor.user, content, at: clock.days(-3))
        }
        for student in dataset.students.prefix(20) {
            let content = NotificationContent(
                type: "SYSTEM", category: "system", priority: 1, title: "Welcome to TutorGraph",
                body: "Find a tutor and book your first lesson."
            )
            notify(student.user, content, at: clock.days(-28))
        }
    }

    /// The notification a booking's current state sent, and one to the admins for an open dispute.
    private mutating func addBookingNotifications(booking index: Int) {
        let booking = dataset.bookings[index]
        let tutorUser = dataset.tutors[booking.tutor].user
        let studentUser = dataset.students[booking.student].user
        let subject = subjects[booking.subject].name
        func content(_ type: String, priority: Int, _ title: String, _ body: String) -> NotificationContent {
            NotificationContent(type: type, category: "booking", priority: priority, title: title, body: body, booking: index)
        }
        switch booking.state.session {
        case .requested:
            let student = dataset.users[studentUser].fullName
            notify(tutorUser, content("BOOKING_REQUESTED", priority: 3, "New booking request",
                                      "\(student) asked for a \(subject) lesson."), at: booking.createdAt)
        case .scheduled:
            notify(studentUser, content("BOOKING_CONFIRMED", priority: 2, "Booking confirmed",
                                        "Your \(subject) lesson is confirmed."), at: booking.confirmedAt ?? booking.createdAt)
        case .cancelled:
            let recipient = booking.cancellation?.byTutor == true ? studentUser : tutorUser
            notify(recipient, content("BOOKING_CANCELLED", priority: 3, "Booking cancelled",
                                      "The \(subject) lesson was cancelled."), at: booking.cancellation?.at ?? booking.createdAt)
        case .expired:
            notify(studentUser, content("BOOKING_EXPIRED", priority: 2, "Request expired",
                                        "The tutor did not answer your \(subject) request in time."),
                   at: booking.createdAt.addingTimeInterval(.days(1)))
        case .active, .ended:
            break
        }
        if booking.state.dispute == .open, let opened = booking.dispute?.openedAt {
            notify(dataset.adminUser, content("DISPUTE_OPENED", priority: 4, "Dispute opened",
                                              "A student disputes a \(subject) lesson."), at: opened)
        }
    }

    private mutating func notify(_ user: Int, _ content: NotificationContent, at createdAt: Date) {
        let isOld = createdAt < clock.days(-3)
        let readAt: Date? = isOld || random.chance(0.3) ? min(clock.now, createdAt.addingTimeInterval(.hours(2))) : nil
        dataset.notifications.append(
            DemoNotification(
                user: user, type: content.type, category: content.category, priority: content.priority,
                title: content.title, body: content.body, booking: content.booking, readAt: readAt,
                dismissedAt: readAt != nil && random.chance(0.1) ? readAt : nil, createdAt: createdAt
            )
        )
    }
}
