import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// Nested booking reads cost one statement per relation level, however many bookings a page holds.
@Suite("Bookings: statement counts")
struct BookingStatementCountTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static let query = """
        query($first: Int) {
          myBookings(first: $first) {
            edges { node {
              id sessionState price { formatted }
              tutor { id } student { id } subject { name }
              events { type actor { id } }
              payments { amount { amountCents } refunds { amount { amountCents } } }
              review { rating student { id } }
            } }
          }
        }
        """

    @Test("myBookings with tutor, student, subject, events, payments and review: equal counts for 5 and 50")
    func equalCounts() async throws {
        let five = try await statements(forBookings: 5)
        let fifty = try await statements(forBookings: 50)
        #expect(five == fifty)
        // The page, then tutor, student, subject, events, payments, review; then actors, refunds, reviewers.
        #expect(fifty <= 10)
    }

    /// The statements one `myBookings` request costs when the student has `count` completed, paid, reviewed bookings.
    private func statements(forBookings count: Int) async throws -> Int {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let student = try await harness.createUser(.student)
            for index in 0..<count {
                let tutor = try await harness.createUser(.tutor)
                let booking = try await fixture.booking(
                    tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Double(index + 1) * 86_400),
                    state: BookingFixture.completed)
                try await fixture.event(booking: booking, type: "ENDED", version: 3, state: BookingFixture.completed, actor: tutor)
                let payment = try await fixture.payment(
                    payer: student, booking: booking, amountCents: 5_000, refundedCents: 500, status: "PARTIALLY_REFUNDED")
                try await fixture.refund(payment: payment, booking: booking, amountCents: 500)
                try await fixture.review(booking: booking)
            }
            let response = try await harness.execute(Self.query, variables: ["first": .int(count)], as: student.viewer)
            #expect(response.result.errors.isEmpty, "\(response.json)")
            #expect(response.value("myBookings.edges")?.listValue?.count == count)
            return response.statements
        }
    }
}
