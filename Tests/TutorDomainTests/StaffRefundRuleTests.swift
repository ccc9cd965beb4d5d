import Testing
import TutorDomain

/// A staff refund moves only the payment field, along DESIGN.md §5's edges, and never past an open dispute.
@Suite("Staff refund rule")
struct StaffRefundRuleTests {
    @Test("a captured or partly refunded payment goes to REFUNDED in full and PARTIALLY_REFUNDED in part; others refuse")
    func paymentStates() {
        for state in PaymentState.allCases {
            let charged = state == .captured || state == .partiallyRefunded
            #expect(state.afterRefund(returningEverything: true) == (charged ? .refunded : nil), "\(state)")
            #expect(state.afterRefund(returningEverything: false) == (charged ? .partiallyRefunded : nil), "\(state)")
        }
    }

    @Test("every booking state: only the payment field changes, and only where the design allows it")
    func bookingStates() {
        for session in SessionState.allCases {
            for payment in PaymentState.allCases {
                for dispute in DisputeState.allCases {
                    let outcome: SessionOutcome? = session.isTerminal ? .completed : nil
                    let state = BookingState(session: session, outcome: outcome, payment: payment, dispute: dispute)
                    for full in [true, false] {
                        let next = try? BookingStateMachine.refund(state, returningEverything: full)
                        let allowed = dispute != .open && (payment == .captured || payment == .partiallyRefunded)
                        #expect((next != nil) == allowed, "\(state) full: \(full)")
                        guard let next else { continue }
                        #expect(next.payment == (full ? .refunded : .partiallyRefunded))
                        #expect(next.session == state.session && next.outcome == state.outcome && next.dispute == state.dispute)
                        #expect(next.payment == state.payment || state.payment.canMove(to: next.payment))
                    }
                }
            }
        }
    }

    @Test("a refused refund names the operation and the current state")
    func refusal() {
        let disputed = BookingState(session: .ended, outcome: .completed, payment: .captured, dispute: .open)
        let error = #expect(throws: BookingTransitionError.self) {
            try BookingStateMachine.refund(disputed, returningEverything: true)
        }
        #expect(error?.operation == "refund")
        #expect(error?.current == disputed)
    }
}
