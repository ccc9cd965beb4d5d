import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// Plays every booking's scenario through `BookingStateMachine` from its request on: each operation gets a
    /// plausible moment, sets the booking's timestamps and writes one event with the next version.
    mutating func playOutBookings() {
        for index in dataset.bookings.indices {
            playOut(booking: index)
        }
    }

    private mutating func playOut(booking index: Int) {
        var booking = dataset.bookings[index]
        let tutorUser = dataset.tutors[booking.tutor].user
        let studentUser = dataset.students[booking.student].user
        let autoConfirm = dataset.tutors[booking.tutor].autoConfirm && booking.scenario.operations.first == .accept
        booking.state = initialBookingState(autoConfirm: autoConfirm)
        booking.confirmedAt = autoConfirm ? booking.createdAt : nil
        appendEvent(booking: index, type: "REQUESTED", version: 1, state: booking.state, actor: studentUser,
                    role: "student", reason: nil, at: booking.createdAt)
        var moment = booking.createdAt
        for operation in booking.scenario.operations.dropFirst(autoConfirm ? 1 : 0) {
            guard let transition = try? BookingStateMachine.apply(operation, to: booking.state) else {
                preconditionFailure("\(booking.scenario.name): \(operation) from \(booking.state)")
            }
            booking.state = transition.state
            booking.version += 1
            moment = time(of: operation, after: moment, booking: &booking)
            let (type, actor, role, reason) = event(for: operation, booking: booking, tutorUser: tutorUser, studentUser: studentUser)
            appendEvent(booking: index, type: type, version: booking.version, state: booking.state, actor: actor,
                        role: role, reason: reason, at: moment)
        }
        dataset.bookings[index] = booking
    }

    /// When `operation` happened, recording its timestamps on the booking.
    private mutating func time(of operation: BookingOperation, after previous: Date, booking: inout DemoBooking) -> Date {
        let beforeStart = min(clock.now, booking.start)
        switch operation {
        case .accept:
            let at = moment(after: previous, before: min(beforeStart, previous.addingTimeInterval(.hours(20))))
            booking.confirmedAt = at
            return at
        case .decline:
            let at = moment(after: previous, before: min(beforeStart, previous.addingTimeInterval(.hours(20))))
            booking.cancellation = DemoCancellation(at: at, byTutor: true, reason: random.pick(OperationalPhrases.declines))
            return at
        case .cancel(let refund):
            booking.cancellation = cancellation(refund: refund, after: previous, booking: booking)
            return booking.cancellation?.at ?? previous
        case .expire:
            return previous.addingTimeInterval(.hours(24) + .minutes(Double(random.int(1...30))))
        case .start:
            let at = min(clock.now, booking.start.addingTimeInterval(.minutes(Double(random.int(0...4)))))
            booking.startedAt = at
            return at
        case .end(let outcome):
            let planned = outcome == .completed
                ? booking.end.addingTimeInterval(.minutes(Double(random.int(0...5))))
                : booking.start.addingTimeInterval(.minutes(Double(random.int(15...25))))
            let at = min(clock.now, max(planned, previous.addingTimeInterval(60)))
            booking.endedAt = at
            return at
        case .openDispute:
            let at = moment(after: previous, before: min(clock.now, previous.addingTimeInterval(.days(4))))
            booking.dispute = DemoDispute(openedAt: at, reason: random.pick(OperationalPhrases.disputeReasons),
                                          resolvedAt: nil, resolutionNote: nil)
            return at
        case .resolveDispute(let resolution):
            let at = moment(after: previous, before: min(clock.now, previous.addingTimeInterval(.days(6))))
            let note = switch resolution {
            case .upheld: OperationalPhrases.disputeResolutions[0]
            case .refunded(let full): OperationalPhrases.disputeResolutions[full ? 2 : 1]
            }
            booking.dispute = booking.dispute.map {
                DemoDispute(openedAt: $0.openedAt, reason: $0.reason, resolvedAt: at, resolutionNote: note)
            }
            return at
        }
    }

    /// Who cancelled and when: a refunded cancellation of an accepted booking is the student's when there was
    /// still a day to go (the policy refunds them), otherwise the tutor's (a tutor cancelling always refunds);
    /// an unrefunded one is the student's, less than 24 h before the start.
    private mutating func cancellation(refund: Bool, after previous: Date, booking: DemoBooking) -> DemoCancellation {
        let beforeStart = min(clock.now, booking.start)
        if !refund {
            let at = max(previous.addingTimeInterval(60), booking.start.addingTimeInterval(-.hours(Double(random.int(1...20)))))
            return DemoCancellation(at: at, byTutor: false, reason: random.pick(OperationalPhrases.studentCancellations))
        }
        let studentDeadline = min(beforeStart, booking.start.addingTimeInterval(-.hours(24)))
        if booking.confirmedAt == nil || (studentDeadline > previous && random.chance(0.7)) {
            let deadline = booking.confirmedAt == nil ? beforeStart : studentDeadline
            return DemoCancellation(at: moment(after: previous, before: deadline), byTutor: false,
                                    reason: random.pick(OperationalPhrases.studentCancellations))
        }
        return DemoCancellation(at: moment(after: previous, before: beforeStart), byTutor: true,
                                reason: random.pick(OperationalPhrases.tutorCancellations))
    }

    /// An instant part-way between two others (or `after` when they are out of order).
    private mutating func moment(after start: Date, before end: Date) -> Date {
        guard end > start else { return start.addingTimeInterval(1) }
        return start.addingTimeInterval(end.timeIntervalSince(start) * Double.random(in: 0.1...0.6, using: &random))
    }

    /// The event row for an operation: its type, actor user, actor role and reason.
    private func event(for operation: BookingOperation, booking: DemoBooking, tutorUser: Int, studentUser: Int)
        -> (String, Int?, String, String?)
    {
        switch operation {
        case .accept: ("ACCEPTED", tutorUser, "tutor", nil)
        case .decline: ("DECLINED", tutorUser, "tutor", booking.cancellation?.reason)
        case .cancel:
            booking.cancellation?.byTutor == true
                ? ("CANCELLED", tutorUser, "tutor", booking.cancellation?.reason)
                : ("CANCELLED", studentUser, "student", booking.cancellation?.reason)
        case .expire: ("EXPIRED", nil, "system", "No answer within 24 hours.")
        case .start: ("STARTED", tutorUser, "tutor", nil)
        case .end(let outcome): ("ENDED", tutorUser, "tutor", outcome.rawValue)
        case .openDispute: ("DISPUTE_OPENED", studentUser, "student", booking.dispute?.reason)
        case .resolveDispute: ("DISPUTE_RESOLVED", dataset.adminUser, "admin", booking.dispute?.resolutionNote)
        }
    }

    private mutating func appendEvent(
        booking: Int, type: String, version: Int, state: BookingState, actor: Int?, role: String, reason: String?, at: Date
    ) {
        dataset.bookingEvents.append(
            DemoBookingEvent(booking: booking, type: type, version: version, state: state, actor: actor,
                             actorRole: role, reason: reason, occurredAt: at)
        )
    }
}
