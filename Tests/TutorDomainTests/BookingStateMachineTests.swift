import Testing
import TutorDomain

/// Every (reachable state, operation) pair checked against DESIGN.md §5 written out as a literal table.
@Suite("Booking state machine")
struct BookingStateMachineTests {
    /// The operations a booking can be asked to perform, each with a short label for the table.
    static let operations: [(label: String, operation: BookingOperation)] = [
        ("accept", .accept), ("decline", .decline), ("cancel+refund", .cancel(refund: true)),
        ("cancel", .cancel(refund: false)), ("expire", .expire), ("start", .start),
        ("end COMPLETED", .end(.completed)), ("end NO_SHOW_STUDENT", .end(.noShowStudent)),
        ("end NO_SHOW_TUTOR", .end(.noShowTutor)), ("end NOT_HELD", .end(.notHeld)),
        ("openDispute", .openDispute), ("resolve upheld", .resolveDispute(.upheld)),
        ("resolve full", .resolveDispute(.refunded(full: true))),
        ("resolve partial", .resolveDispute(.refunded(full: false))),
    ]

    /// "SESSION OUTCOME PAYMENT DISPUTE" with "-" for no outcome.
    static func key(_ state: BookingState) -> String {
        "\(state.session.rawValue) \(state.outcome?.rawValue ?? "-") \(state.payment.rawValue) \(state.dispute.rawValue)"
    }

    /// The legal transitions, written from the design document, not from the implementation.
    /// Keys: "<state key> | <operation label>"; values: the next state key.
    static let legal: [String: String] = [
        "REQUESTED - PENDING NONE | accept": "SCHEDULED - AUTHORIZED NONE",
        "REQUESTED - PENDING NONE | decline": "CANCELLED NOT_HELD VOIDED NONE",
        "REQUESTED - PENDING NONE | cancel+refund": "CANCELLED NOT_HELD VOIDED NONE",
        "REQUESTED - PENDING NONE | cancel": "CANCELLED NOT_HELD VOIDED NONE",
        "REQUESTED - PENDING NONE | expire": "EXPIRED NOT_HELD VOIDED NONE",
        "SCHEDULED - AUTHORIZED NONE | cancel+refund": "CANCELLED NOT_HELD VOIDED NONE",
        "SCHEDULED - AUTHORIZED NONE | cancel": "CANCELLED NOT_HELD CAPTURED NONE",
        "SCHEDULED - AUTHORIZED NONE | start": "ACTIVE - AUTHORIZED NONE",
        "ACTIVE - AUTHORIZED NONE | end COMPLETED": "ENDED COMPLETED CAPTURED NONE",
        "ACTIVE - AUTHORIZED NONE | end NO_SHOW_STUDENT": "ENDED NO_SHOW_STUDENT CAPTURED NONE",
        "ACTIVE - AUTHORIZED NONE | end NO_SHOW_TUTOR": "ENDED NO_SHOW_TUTOR REFUNDED NONE",
        "ACTIVE - AUTHORIZED NONE | end NOT_HELD": "ENDED NOT_HELD VOIDED NONE",
        // Disputes: only on terminal sessions whose money was not already returned.
        "ENDED COMPLETED CAPTURED NONE | openDispute": "ENDED COMPLETED CAPTURED OPEN",
        "ENDED NO_SHOW_STUDENT CAPTURED NONE | openDispute": "ENDED NO_SHOW_STUDENT CAPTURED OPEN",
        "CANCELLED NOT_HELD CAPTURED NONE | openDispute": "CANCELLED NOT_HELD CAPTURED OPEN",
        "ENDED COMPLETED CAPTURED OPEN | resolve upheld": "ENDED COMPLETED CAPTURED RESOLVED_UPHELD",
        "ENDED COMPLETED CAPTURED OPEN | resolve full": "ENDED COMPLETED REFUNDED RESOLVED_REFUNDED",
        "ENDED COMPLETED CAPTURED OPEN | resolve partial": "ENDED COMPLETED PARTIALLY_REFUNDED RESOLVED_REFUNDED",
        "ENDED NO_SHOW_STUDENT CAPTURED OPEN | resolve upheld": "ENDED NO_SHOW_STUDENT CAPTURED RESOLVED_UPHELD",
        "ENDED NO_SHOW_STUDENT CAPTURED OPEN | resolve full": "ENDED NO_SHOW_STUDENT REFUNDED RESOLVED_REFUNDED",
        "ENDED NO_SHOW_STUDENT CAPTURED OPEN | resolve partial":
            "ENDED NO_SHOW_STUDENT PARTIALLY_REFUNDED RESOLVED_REFUNDED",
        "CANCELLED NOT_HELD CAPTURED OPEN | resolve upheld": "CANCELLED NOT_HELD CAPTURED RESOLVED_UPHELD",
        "CANCELLED NOT_HELD CAPTURED OPEN | resolve full": "CANCELLED NOT_HELD REFUNDED RESOLVED_REFUNDED",
        "CANCELLED NOT_HELD CAPTURED OPEN | resolve partial":
            "CANCELLED NOT_HELD PARTIALLY_REFUNDED RESOLVED_REFUNDED",
    ]

    /// Retries whose effect is already in place: they succeed without changing anything.
    static func isRetryOfApplied(_ state: BookingState, _ label: String) -> Bool {
        switch label {
        case "accept": state.session == .scheduled && state.payment == .authorized
        case "decline", "cancel", "cancel+refund": state.session == .cancelled
        case "expire": state.session == .expired
        case "start": state.session == .active
        case "openDispute": state.dispute == .open
        case "resolve upheld": state.dispute == .resolvedUpheld
        case "resolve full", "resolve partial": state.dispute == .resolvedRefunded
        default:
            label.hasPrefix("end ") && state.session == .ended
                && state.outcome?.rawValue == String(label.dropFirst(4))
        }
    }

    /// Every state reachable from the two initial states.
    static func reachableStates() -> [BookingState] {
        var seen: Set<BookingState> = []
        var queue = [initialBookingState(autoConfirm: false), initialBookingState(autoConfirm: true)]
        while let state = queue.popLast() {
            guard seen.insert(state).inserted else { continue }
            for (_, operation) in operations {
                if let next = try? BookingStateMachine.apply(operation, to: state) { queue.append(next.state) }
            }
        }
        return seen.sorted { key($0) < key($1) }
    }

    @Test("initial states follow the tutor's auto-confirm setting")
    func initialStates() {
        #expect(Self.key(initialBookingState(autoConfirm: false)) == "REQUESTED - PENDING NONE")
        #expect(Self.key(initialBookingState(autoConfirm: true)) == "SCHEDULED - AUTHORIZED NONE")
    }

    @Test("every (state, operation) pair matches the design table")
    func everyPair() {
        let states = Self.reachableStates()
        #expect(states.count == 22)  // 3 live, 4 terminal without dispute, 3 × 5 disputable
        var legalSeen = 0
        for state in states {
            for (label, operation) in Self.operations {
                let pair = "\(Self.key(state)) | \(label)"
                let result = try? BookingStateMachine.apply(operation, to: state)
                if let expected = Self.legal[pair] {
                    legalSeen += 1
                    #expect(result.map { Self.key($0.state) } == expected, "\(pair)")
                    #expect(result?.changed == true, "\(pair)")
                } else if Self.isRetryOfApplied(state, label) {
                    #expect(result?.state == state, "\(pair) should be a no-op")
                    #expect(result?.changed == false, "\(pair) should be a no-op")
                } else {
                    #expect(result == nil, "\(pair) should be refused")
                }
            }
        }
        #expect(legalSeen == Self.legal.count)
    }

    @Test("a refused operation names the current state")
    func conflictMessage() {
        let ended = BookingState(session: .ended, outcome: .completed, payment: .captured)
        #expect(throws: BookingTransitionError.self) { try BookingStateMachine.apply(.accept, to: ended) }
        do {
            _ = try BookingStateMachine.apply(.start, to: ended)
            Issue.record("start on an ended booking must fail")
        } catch {
            #expect(error.description == "Cannot start a booking that is ENDED/COMPLETED/CAPTURED.")
        }
    }

    @Test("disputes are refused once the money went back")
    func noDisputeAfterRefund() {
        for payment in [PaymentState.refunded, .voided] {
            let state = BookingState(session: .ended, outcome: .noShowTutor, payment: payment)
            #expect(throws: BookingTransitionError.self) { try BookingStateMachine.apply(.openDispute, to: state) }
        }
    }

    @Test("payment edges follow the design")
    func paymentEdges() {
        let allowed: Set<String> = [
            "PENDING>AUTHORIZED", "PENDING>VOIDED", "AUTHORIZED>CAPTURED", "AUTHORIZED>VOIDED",
            "AUTHORIZED>REFUNDED", "CAPTURED>REFUNDED", "CAPTURED>PARTIALLY_REFUNDED", "PARTIALLY_REFUNDED>REFUNDED",
        ]
        for from in PaymentState.allCases {
            for to in PaymentState.allCases {
                #expect(from.canMove(to: to) == allowed.contains("\(from.rawValue)>\(to.rawValue)"))
            }
        }
    }
}
