import Foundation
import GraphQLEngine
import Testing

@testable import TutorAPI

@Suite("refundPayment through GraphQL")
struct RefundPaymentAPITests {
    @Test("an admin refunds everything still charged: the refund, the payment and its booking REFUNDED, the id echoed")
    func fullRefund() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let (_, payment) = try await fixture.chargedSession()
            let response = try await fixture.refund(
                [
                    "paymentId": .string(payment), "reason": .string("GOODWILL"), "note": .string("Audio kept failing"),
                    "clientMutationId": .string("refund-1"),
                ], as: fixture.admin.viewer)

            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.value("refundPayment.refund.amount.amountCents") == .int(6_000))
            #expect(response.string("refundPayment.refund.reason") == "GOODWILL")
            #expect(response.string("refundPayment.refund.note") == "Audio kept failing")
            #expect(response.string("refundPayment.refund.booking.paymentState") == "REFUNDED")
            #expect(response.string("refundPayment.payment.status") == "REFUNDED")
            #expect(response.value("refundPayment.payment.refunded.amountCents") == .int(6_000))
            #expect(response.value("refundPayment.payment.refunds")?.listValue?.count == 1)
            #expect(response.string("refundPayment.clientMutationId") == "refund-1")
        }
    }

    @Test("the owner refunds part: the payment stays PARTIALLY_REFUNDED and a second part adds up")
    func partialRefunds() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let (_, payment) = try await fixture.chargedSession()
            let first = try await fixture.refund(
                ["paymentId": .string(payment), "amountCents": .int(1_500), "reason": .string("OTHER")],
                as: fixture.owner.viewer)
            #expect(first.string("refundPayment.payment.status") == "PARTIALLY_REFUNDED", "\(first.json)")
            let second = try await fixture.refund(
                ["paymentId": .string(payment), "amountCents": .int(500), "reason": .string("OTHER")],
                as: fixture.admin.viewer)
            #expect(second.string("refundPayment.payment.status") == "PARTIALLY_REFUNDED")
            #expect(second.value("refundPayment.payment.refunded.amountCents") == .int(2_000))
            #expect(second.string("refundPayment.refund.booking.paymentState") == "PARTIALLY_REFUNDED")
            #expect(second.isNull("refundPayment.clientMutationId"))
        }
    }

    @Test("students, even the payer, and tutors are FORBIDDEN; signed out is UNAUTHENTICATED; nothing is written")
    func authorization() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let (_, payment) = try await fixture.chargedSession()
            let before = try await fixture.writes()
            let input: ObjectValue = ["paymentId": .string(payment), "reason": .string("GOODWILL")]

            for viewer in [fixture.bookings.student.viewer, fixture.bookings.outsider.viewer, fixture.bookings.tutor.viewer] {
                let response = try await fixture.refund(input, as: viewer)
                #expect(response.onlyErrorCode == .forbidden, "\(viewer.role): \(response.json)")
            }
            #expect(try await fixture.refund(input, as: nil).onlyErrorCode == .unauthenticated)
            #expect(try await fixture.writes() == before)
        }
    }

    @Test("an amount outside 1 … what is charged, a non-payment ID or a long note is BAD_USER_INPUT naming the field")
    func badInput() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let (booking, payment) = try await fixture.chargedSession()
            let before = try await fixture.writes()
            let cases: [(ObjectValue, String)] = [
                (["paymentId": .string(payment), "amountCents": .int(0)], "input.amountCents"),
                (["paymentId": .string(payment), "amountCents": .int(6_001)], "input.amountCents"),
                (["paymentId": .string(GlobalID(.booking, booking).description)], "input.paymentId"),
                (["paymentId": .string(payment), "note": .string(String(repeating: "x", count: 1_001))], "input.note"),
            ]
            for (input, field) in cases {
                var input = input
                input["reason"] = .string("GOODWILL")
                let response = try await fixture.refund(input, as: fixture.admin.viewer)
                #expect(response.onlyErrorCode == .badUserInput && response.errorField == field, "\(field): \(response.json)")
            }
            #expect(try await fixture.writes() == before)
        }
    }

    @Test("a payment not yet captured, one refunded in full, or one paid out is a CONFLICT; an unknown one NOT_FOUND")
    func conflicts() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let (_, authorized) = try await fixture.chargedSession(hoursAhead: 100, held: false)
            let (_, refunded) = try await fixture.chargedSession(hoursAhead: 48)
            let (_, paidOut) = try await fixture.chargedSession(hoursAhead: 24)
            _ = try await fixture.refund(["paymentId": .string(refunded), "reason": .string("GOODWILL")], as: fixture.admin.viewer)
            fixture.harness.clock.advance(by: 32 * 86_400)
            let start = BookingWriteFixture.start
            let payout = try await fixture.payout(
                from: start, to: start.addingTimeInterval(1_000 * 3600), as: fixture.admin.viewer)
            #expect(payout.value("createPayout.payout.items")?.listValue?.count == 1, "\(payout.json)")
            let before = try await fixture.writes()

            let expectations: [(String, String?)] = [(authorized, "AUTHORIZED"), (refunded, "REFUNDED"), (paidOut, nil)]
            for (payment, state) in expectations {
                let response = try await fixture.refund(
                    ["paymentId": .string(payment), "amountCents": .int(100), "reason": .string("OTHER")],
                    as: fixture.admin.viewer)
                #expect(response.onlyErrorCode == .conflict, "\(response.json)")
                if let state {
                    #expect(response.result.errors.first?.extensions["currentState"] == .string(state))
                } else {
                    #expect(response.result.errors.first?.message.contains("paid out") == true)
                }
            }
            let unknown = try await fixture.refund(
                ["paymentId": .string(GlobalID(.payment, 999_999).description), "reason": .string("OTHER")],
                as: fixture.admin.viewer)
            #expect(unknown.onlyErrorCode == .notFound)
            #expect(try await fixture.writes() == before)
        }
    }
}
