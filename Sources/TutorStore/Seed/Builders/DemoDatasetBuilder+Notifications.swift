import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// In-app notifications for what happened in the last month: requests and confirmations, cancellations,
    /// expiries, new reviews, payouts, disputes and profile decisions; older ones read, a few dismissed.
    mutating func addNotifications() {
        let monthAgo = clock.days(-30)
        for (index, booking) in dataset.bookings.enumerated() where booking.createdAt > monthAgo {
            let tutorUser = dataset.tutors[booking.tutor].user
            let studentUser = dataset.students[booking.student].user
            let subject = subjects[booking.subject].name
            let who = dataset.users[studentUser].fullName
            switch booking.state.session {
            case .requested:
                notify(tutorUser, "BOOKING_REQUESTED", "booking", 3, "New booking request", "\(who) asked for a \(subject) lesson.", index, booking.createdAt)
            case .scheduled:
                notify(studentUser, "BOOKING_CONFIRMED", "booking", 2, "Booking confirmed", "Your \(subject) lesson is confirmed.", index, booking.confirmedAt ?? booking.createdAt)
            case .cancelled:
                let recipient = booking.cancellation?.byTutor == true ? studentUser : tutorUser
                notify(recipient, "BOOKING_CANCELLED", "booking", 3, "Booking cancelled", "The \(subject) lesson was cancelled.", index, booking.cancellation?.at ?? booking.createdAt)
            case .expired:
                notify(studentUser, "BOOKING_EXPIRED", "booking", 2, "Request expired", "The tutor did not answer your \(subject) request in time.", index, booking.createdAt.addingTimeInterval(.days(1)))
            case .active, .ended:
                break
            }
            if booking.state.dispute == .open, let opened = booking.dispute?.openedAt {
                notify(dataset.adminUser, "DISPUTE_OPENED", "booking", 4, "Dispute opened", "A student disputes a \(subject) lesson.", index, opened)
            }
        }
        for review in dataset.reviews where review.createdAt > monthAgo {
            notify(dataset.tutors[review.tutor].user, "NEW_REVIEW", "review", 1, "New \(review.rating)-star review", review.comment, review.booking, review.createdAt)
        }
        for payout in dataset.payouts {
            guard let paidAt = payout.paidAt, paidAt > monthAgo else { continue }
            notify(dataset.tutors[payout.tutor].user, "PAYOUT_SENT", "payment", 2, "Payout sent", "Your earnings are on their way.", nil, paidAt)
        }
        for tutor in dataset.tutors where tutor.status == "rejected" {
            notify(tutor.user, "PROFILE_REJECTED", "account", 3, "Profile needs changes", tutor.rejectionReason ?? "", nil, clock.days(-3))
        }
        for student in dataset.students.prefix(20) {
            notify(student.user, "SYSTEM", "system", 1, "Welcome to TutorGraph", "Find a tutor and book your first lesson.", nil, clock.days(-28))
        }
    }

    private mutating func notify(
        _ user: Int, _ type: String, _ category: String, _ priority: Int, _ title: String, _ body: String, _ booking: Int?,
        _ createdAt: Date
    ) {
        let isOld = createdAt < clock.days(-3)
        let readAt: Date? = isOld || random.chance(0.3) ? min(clock.now, createdAt.addingTimeInterval(.hours(2))) : nil
        dataset.notifications.append(
            DemoNotification(
                user: user, type: type, category: category, priority: priority, title: title, body: body, booking: booking,
                readAt: readAt, dismissedAt: readAt != nil && random.chance(0.1) ? readAt : nil, createdAt: createdAt
            )
        )
    }
}
