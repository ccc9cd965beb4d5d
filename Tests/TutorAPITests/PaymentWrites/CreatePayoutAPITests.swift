import Foundation
import GraphQLEngine
import Testing

@testable import TutorAPI

@Suite("createPayout through GraphQL")
struct CreatePayoutAPITests {
    /// The fixture's clock start, where the test periods begin.
    static let start = BookingWriteFixture.start
    /// A period covering every session the tests book.
    static let periodEnd = start.addingTimeInterval(1_000 * 3600)

    @Test("an admin pays the tutor their share of the period's sessions whose dispute window closed")
    func payout() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let (booking, _) = try await fixture.chargedSession()
            fixture.harness.clock.advance(by: 33 * 86_400)

            let response = try await fixture.payout(from: Self.start, to: Self.periodEnd, as: fixture.admin.viewer)

            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.string("createPayout.payout.tutor.id") == fixture.bookings.tutorID)
            #expect(response.value("createPayout.payout.amount.amountCents") == .int(4_800))
            #expect(response.string("createPayout.payout.status") == "PENDING")
            #expect(response.string("createPayout.payout.items.0.booking.id") == GlobalID(.booking, booking).description)
            #expect(response.value("createPayout.payout.items.0.amount.amountCents") == .int(4_800))
            #expect(response.string("createPayout.clientMutationId") == "pay-1")
        }
    }

    @Test("students, tutors (the payee too) are FORBIDDEN; signed out is UNAUTHENTICATED; nothing is written")
    func authorization() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            _ = try await fixture.chargedSession()
            fixture.harness.clock.advance(by: 33 * 86_400)
            let before = try await fixture.writes()

            for viewer in [fixture.bookings.student.viewer, fixture.bookings.tutor.viewer] {
                let response = try await fixture.payout(from: Self.start, to: Self.periodEnd, as: viewer)
                #expect(response.onlyErrorCode == .forbidden, "\(viewer.role): \(response.json)")
            }
            let signedOut = try await fixture.payout(from: Self.start, to: Self.periodEnd, as: nil)
            #expect(signedOut.onlyErrorCode == .unauthenticated)
            #expect(try await fixture.writes() == before)
        }
    }

    @Test("a period ending before it starts, or a non-tutor ID, is BAD_USER_INPUT naming the field")
    func badInput() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            let backwards = try await fixture.payout(from: Self.periodEnd, to: Self.start, as: fixture.admin.viewer)
            #expect(backwards.onlyErrorCode == .badUserInput && backwards.errorField == "input.periodEnd", "\(backwards.json)")
            let notATutor = try await fixture.payout(
                from: Self.start, to: Self.periodEnd, tutorID: fixture.bookings.student.globalID, as: fixture.admin.viewer)
            #expect(notATutor.onlyErrorCode == .badUserInput && notATutor.errorField == "input.tutorId", "\(notATutor.json)")
        }
    }

    @Test("nothing payable yet, or the same period twice, is a CONFLICT; an unknown tutor NOT_FOUND; nothing is written")
    func conflicts() async throws {
        try await PaymentWriteAPIFixture.run { fixture in
            _ = try await fixture.chargedSession()
            let early = try await fixture.payout(from: Self.start, to: Self.periodEnd, as: fixture.admin.viewer)
            #expect(early.onlyErrorCode == .conflict, "the dispute window is still open: \(early.json)")

            fixture.harness.clock.advance(by: 33 * 86_400)
            let paid = try await fixture.payout(from: Self.start, to: Self.periodEnd, as: fixture.admin.viewer)
            let payoutID = try #require(paid.string("createPayout.payout.id"))
            let before = try await fixture.writes()

            let again = try await fixture.payout(from: Self.start, to: Self.periodEnd, as: fixture.owner.viewer)
            #expect(again.onlyErrorCode == .conflict)
            #expect(again.result.errors.first?.extensions["payoutId"] == .string(payoutID))
            let unknown = try await fixture.payout(
                from: Self.start, to: Self.periodEnd, tutorID: GlobalID(.tutor, 999_999).description,
                as: fixture.admin.viewer)
            #expect(unknown.onlyErrorCode == .notFound)
            #expect(try await fixture.writes() == before)
        }
    }
}
