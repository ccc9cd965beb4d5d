import Foundation
import TutorDomain

/// What an action means for one locked booking, decided before anything is written: the state-machine operation
/// with the policies applied, and what the change records.
struct TransitionPlan {
    let action: BookingAction
    let operation: BookingOperation
    let party: BookingParty

    /// Applies the cancellation policy to `.cancel`: who cancels, and how long before the start.
    init(action: BookingAction, booking: LockedBooking, party: BookingParty, now: Date) {
        self.action = action
        self.party = party
        operation = switch action {
        case .accept: .accept
        case .decline: .decline
        case .cancel:
            .cancel(
                refund: CancellationPolicy.refund(cancelledBy: party, now: Instant(now), start: Instant(booking.startTime))
                    == .full)
        case .expire: .expire
        case .start: .start
        case .end(let outcome): .end(outcome)
        case .openDispute: .openDispute
        case .resolveDispute(.uphold): .resolveDispute(.upheld)
        case .resolveDispute(.refundFull): .resolveDispute(.refunded(full: true))
        case .resolveDispute(.refundPartial): .resolveDispute(.refunded(full: false))
        }
    }

    /// Refuses a change the state machine allows but the clock does not: a dispute after the 30-day window.
    func checkTimePolicies(_ booking: LockedBooking, now: Date) throws(BookingWriteError) {
        guard case .openDispute = operation else { return }
        let end = booking.endedAt ?? booking.endTime
        guard SchedulingPolicy.canOpenDispute(now: Instant(now), end: Instant(end)) else { throw .disputeWindowClosed }
    }

    /// `booking_events.event_type` of the change.
    var eventType: String {
        switch operation {
        case .accept: "ACCEPTED"
        case .decline: "DECLINED"
        case .cancel: "CANCELLED"
        case .expire: "EXPIRED"
        case .start: "STARTED"
        case .end: "ENDED"
        case .openDispute: "DISPUTE_OPENED"
        case .resolveDispute: "DISPUTE_RESOLVED"
        }
    }

    /// The `notification_type` both parties are told, and its title.
    var notice: (type: String, title: String) {
        switch operation {
        case .accept: ("BOOKING_CONFIRMED", "Booking confirmed")
        case .decline: ("BOOKING_DECLINED", "Booking declined")
        case .cancel: ("BOOKING_CANCELLED", "Booking cancelled")
        case .expire: ("BOOKING_EXPIRED", "Booking request expired")
        case .start: ("SESSION_STARTED", "Session started")
        case .end: ("SESSION_ENDED", "Session ended")
        case .openDispute: ("DISPUTE_OPENED", "Dispute opened")
        case .resolveDispute: ("DISPUTE_RESOLVED", "Dispute resolved")
        }
    }

    /// Whether the change can move the tutor's session count or rating (a session ended).
    var affectsTutorMetrics: Bool {
        if case .end = operation { return true }
        return false
    }

    /// What a refund this change makes records: why, how much, and who caused it.
    func refund(by actor: BookingActor, note: String?) -> RefundInstruction {
        let reason: RefundReason
        var cents: Int?
        switch action {
        case .cancel: reason = party == .student ? .studentCancel : .tutorCancel
        case .end(.noShowTutor): reason = .noShowTutor
        case .resolveDispute(.refundPartial(let amount)):
            reason = .goodwill
            cents = amount
        default: reason = .other
        }
        return RefundInstruction(reason: reason, amountCents: cents, note: note, createdBy: actor.userID)
    }

    /// The booking columns the change sets besides the four state fields (`nil` keeps a column as it is).
    func stamps(by actor: BookingActor, reason: String?, now: Date) -> BookingStamps {
        var stamps = BookingStamps()
        switch operation {
        case .accept: stamps.confirmedAt = now
        case .start: stamps.startedAt = now
        case .end: stamps.endedAt = now
        case .decline, .cancel:
            stamps.cancelledAt = now
            stamps.cancelledBy = actor.userID
            stamps.cancelledByRole = party.rawValue
            stamps.cancellationReason = reason
        case .openDispute:
            stamps.disputeOpenedAt = now
            stamps.disputeOpenedBy = actor.userID
            stamps.disputeReason = reason
        case .resolveDispute:
            stamps.disputeResolvedAt = now
            stamps.disputeResolvedBy = actor.userID
            stamps.disputeResolutionNote = reason
        case .expire: break
        }
        return stamps
    }
}

/// Timestamps and who-and-why columns a transition writes on the booking.
struct BookingStamps {
    var confirmedAt: Date?
    var startedAt: Date?
    var endedAt: Date?
    var cancelledAt: Date?
    var cancelledBy: Int64?
    var cancelledByRole: String?
    var cancellationReason: String?
    var disputeReason: String?
    var disputeOpenedAt: Date?
    var disputeOpenedBy: Int64?
    var disputeResolvedAt: Date?
    var disputeResolvedBy: Int64?
    var disputeResolutionNote: String?
}

extension Instant {
    /// The instant a `Date` stands for.
    init(_ date: Date) {
        self.init(secondsSinceEpoch: date.timeIntervalSince1970)
    }
}
