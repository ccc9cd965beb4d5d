import TutorDomain

/// One way a demo booking plays out: the operations applied after the request, when in time it happens, and how
/// many of the demo bookings follow it. Together the scenarios reach every state the state machine allows.
struct BookingScenario: Sendable {
    /// Where the session sits relative to now.
    enum Timing: Sendable {
        /// Starts within the next 30 days.
        case upcoming
        /// Running right now.
        case current
        /// Over, within the last 90 days.
        case past
        /// Over within the last 25 days, so a dispute may still be open (disputes close after 30 days).
        case recentPast
        /// Either upcoming or past.
        case anytime
    }

    let name: String
    let operations: [BookingOperation]
    let timing: Timing
    let count: Int

    /// The booking must start REQUESTED (declines, expiries, withdrawals, open requests), so its tutor must
    /// confirm by hand; every other scenario begins with `accept`, which an auto-confirming tutor skips.
    var needsManualConfirmation: Bool { operations.first != .accept }

    /// How many demo bookings there are in all.
    static let totalCount = 1_000

    /// Every scenario; completed sessions take whatever the others leave of `totalCount`.
    static let all: [BookingScenario] = {
        let held: [BookingOperation] = [.accept, .start]
        let lateCancel: [BookingOperation] = [.accept, .cancel(refund: false)]
        var scenarios = [
            BookingScenario(name: "requested", operations: [], timing: .upcoming, count: 60),
            BookingScenario(name: "scheduled", operations: [.accept], timing: .upcoming, count: 170),
            BookingScenario(name: "active", operations: held, timing: .current, count: 6),
            BookingScenario(name: "no-show student", operations: held + [.end(.noShowStudent)], timing: .past, count: 25),
            BookingScenario(name: "no-show tutor", operations: held + [.end(.noShowTutor)], timing: .past, count: 15),
            BookingScenario(name: "not held", operations: held + [.end(.notHeld)], timing: .past, count: 10),
            BookingScenario(name: "declined", operations: [.decline], timing: .anytime, count: 30),
            BookingScenario(name: "withdrawn", operations: [.cancel(refund: true)], timing: .anytime, count: 20),
            BookingScenario(name: "cancelled in time", operations: [.accept, .cancel(refund: true)], timing: .anytime, count: 60),
            BookingScenario(name: "cancelled late", operations: lateCancel, timing: .past, count: 30),
            BookingScenario(name: "expired", operations: [.expire], timing: .anytime, count: 50),
        ]
        let disputable: [(String, [BookingOperation], [Int])] = [
            ("completed", held + [.end(.completed)], [8, 8, 5, 5]),
            ("no-show student", held + [.end(.noShowStudent)], [3, 3, 2, 2]),
            ("cancelled late", lateCancel, [3, 3, 2, 2]),
        ]
        for (name, operations, counts) in disputable {
            let endings: [(String, [BookingOperation], Timing)] = [
                ("dispute open", [.openDispute], .recentPast),
                ("dispute upheld", [.openDispute, .resolveDispute(.upheld)], .past),
                ("dispute refunded", [.openDispute, .resolveDispute(.refunded(full: true))], .past),
                ("dispute partly refunded", [.openDispute, .resolveDispute(.refunded(full: false))], .past),
            ]
            for ((ending, extra, timing), count) in zip(endings, counts) {
                scenarios.append(
                    BookingScenario(name: "\(name), \(ending)", operations: operations + extra, timing: timing, count: count)
                )
            }
        }
        let completed = totalCount - scenarios.reduce(0) { $0 + $1.count }
        scenarios.append(
            BookingScenario(name: "completed", operations: held + [.end(.completed)], timing: .past, count: completed)
        )
        return scenarios
    }()
}

extension BookingScenario {
    /// The state the scenario ends in (the same whether or not the tutor auto-confirms).
    var finalState: BookingState {
        var state = BookingState(session: .requested, payment: .pending)
        for operation in operations {
            guard let next = try? BookingStateMachine.apply(operation, to: state) else {
                preconditionFailure("scenario \(name) applies \(operation) to \(state)")
            }
            state = next.state
        }
        return state
    }
}
