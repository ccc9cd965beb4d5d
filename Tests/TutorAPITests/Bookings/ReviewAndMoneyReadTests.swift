import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// Reviews, payments, refunds and payouts fetched as nodes, the public face of a reviewed booking, and the
/// owner's revenue figures.
@Suite("Bookings: reviews and money")
struct ReviewAndMoneyReadTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let day: TimeInterval = 86_400

    @Test("a public review shows everyone its booking's public parts; private parts read null or empty")
    func publicReviewBooking() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            let booking = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Self.day), state: BookingFixture.completed)
            try await fixture.event(booking: booking, type: "ENDED", version: 3, state: BookingFixture.completed, actor: tutor)
            try await fixture.payment(payer: student, booking: booking, amountCents: 5_000)
            let review = try await fixture.review(booking: booking)
            let query = """
                query($id: ID!) {
                  node(id: $id) { ... on Review {
                    rating student { id }
                    booking { subject { name } startTime notes events { type } payments { id } tutorEarnings { amountCents } }
                  } }
                }
                """
            let variables: ObjectValue = ["id": .string(GlobalID(.review, review).description)]

            let outsider = try await harness.execute(query, variables: variables)
            #expect(outsider.result.errors.isEmpty, "\(outsider.json)")
            #expect(outsider.value("node.rating") == .int(5))
            #expect(outsider.string("node.booking.subject.name") == "Mathematics")
            #expect(outsider.isNull("node.booking.notes"))
            #expect(outsider.value("node.booking.events") == .list([]))
            #expect(outsider.value("node.booking.payments") == .list([]))
            #expect(outsider.isNull("node.booking.tutorEarnings"))

            let party = try await harness.execute(query, variables: variables, as: student.viewer)
            #expect(party.string("node.booking.notes") == "Chapter 3, please.")
            #expect(party.value("node.booking.events")?.listValue?.count == 1)
            #expect(party.value("node.booking.payments")?.listValue?.count == 1)
        }
    }

    @Test("private reviews: the parties and staff; deleted reviews: staff only")
    func reviewVisibility() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            let stranger = try await harness.createUser(.student)
            let admin = try await harness.createUser(.admin)
            let first = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Self.day), state: BookingFixture.completed)
            let second = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(-2 * Self.day), state: BookingFixture.completed)
            let hidden = GlobalID(.review, try await fixture.review(booking: first, isPublic: false)).description
            let deleted = GlobalID(.review, try await fixture.review(booking: second, deleted: true)).description

            func sees(_ id: String, _ user: TestUser?) async throws -> Bool {
                let response = try await harness.execute(
                    "query($id: ID!) { node(id: $id) { id } }", variables: ["id": .string(id)], as: user?.viewer)
                return !response.isNull("node")
            }
            #expect(try await sees(hidden, student))
            #expect(try await sees(hidden, tutor))
            #expect(try await sees(hidden, admin))
            #expect(try await !sees(hidden, stranger))
            #expect(try await !sees(hidden, nil))
            #expect(try await sees(deleted, admin))
            #expect(try await !sees(deleted, student))
            #expect(try await !sees(deleted, tutor))
        }
    }

    @Test("payments, refunds and payouts as nodes: their parties and staff; payout items name their bookings")
    func moneyNodes() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            let stranger = try await harness.createUser(.tutor)
            let booking = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Self.day), state: BookingFixture.completed)
            let package = try await fixture.package(student: student, tutor: tutor)
            let payment = try await fixture.payment(payer: student, booking: booking, amountCents: 5_000)
            let packagePayment = try await fixture.payment(payer: student, package: package, amountCents: 22_500)
            let refund = try await fixture.refund(payment: payment, booking: booking, amountCents: 500)
            let payout = try await fixture.payout(tutor: tutor, bookings: [booking], periodStart: Self.now.addingTimeInterval(-7 * Self.day))
            let query = """
                query($ids: [ID!]!) {
                  nodes(ids: $ids) {
                    id
                    ... on Payment { package { sessionsPurchased } }
                    ... on Payout { amount { amountCents } status items { amount { amountCents } booking { id } } }
                  }
                }
                """
            let ids = [
                GlobalID(.payment, payment), GlobalID(.payment, packagePayment), GlobalID(.refund, refund),
                GlobalID(.payout, payout),
            ].map { Value.string($0.description) }

            let tutorView = try await harness.execute(query, variables: ["ids": .list(ids)], as: tutor.viewer)
            #expect(tutorView.result.errors.isEmpty, "\(tutorView.json)")
            #expect(tutorView.value("nodes")?.listValue?.allSatisfy { $0 != .null } == true, "\(tutorView.json)")
            #expect(tutorView.value("nodes.1.package.sessionsPurchased") == .int(5))
            #expect(tutorView.value("nodes.3.amount.amountCents") == .int(4_000))
            #expect(tutorView.string("nodes.3.status") == "PENDING")
            #expect(tutorView.string("nodes.3.items.0.booking.id") == GlobalID(.booking, booking).description)

            let strangerView = try await harness.execute(query, variables: ["ids": .list(ids)], as: stranger.viewer)
            #expect(strangerView.value("nodes") == .list([.null, .null, .null, .null]))
        }
    }

    @Test("revenueReport adds up captured money, refunds, fees and earnings of the period in one statement")
    func revenueFigures() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let owner = try await harness.createUser(.owner)
            let student = try await harness.createUser(.student)
            let tutor = try await harness.createUser(.tutor)
            let inPeriod = Self.now.addingTimeInterval(-Self.day)
            let full = try await fixture.booking(
                tutor: tutor, student: student, start: inPeriod, state: BookingFixture.completed, priceCents: 5_000)
            let partly = try await fixture.booking(
                tutor: tutor, student: student, start: inPeriod.addingTimeInterval(-Self.day),
                state: BookingState(session: .ended, outcome: .completed, payment: .partiallyRefunded), priceCents: 3_000)
            let old = try await fixture.booking(
                tutor: tutor, student: student, start: inPeriod.addingTimeInterval(-60 * Self.day),
                state: BookingFixture.completed, priceCents: 9_000)
            try await fixture.payment(payer: student, booking: full, amountCents: 5_000, capturedAt: inPeriod)
            let refunded = try await fixture.payment(
                payer: student, booking: partly, amountCents: 3_000, refundedCents: 1_000, status: "PARTIALLY_REFUNDED",
                capturedAt: inPeriod)
            try await fixture.refund(payment: refunded, booking: partly, amountCents: 1_000, at: inPeriod)
            try await fixture.payment(
                payer: student, booking: old, amountCents: 9_000, capturedAt: inPeriod.addingTimeInterval(-60 * Self.day))

            let response = try await harness.execute(
                """
                {
                  revenueReport(from: "2027-01-01T00:00:00Z", to: "2027-02-01T00:00:00Z") {
                    currency grossRevenue { amountCents } refunds { amountCents } platformFees { amountCents }
                    tutorEarnings { amountCents } completedSessions bookingsCreated newStudents newTutors
                  }
                }
                """, as: owner.viewer)
            #expect(response.result.errors.isEmpty, "\(response.json)")
            #expect(response.string("revenueReport.currency") == "USD")
            #expect(response.value("revenueReport.grossRevenue.amountCents") == .int(8_000))
            #expect(response.value("revenueReport.refunds.amountCents") == .int(1_000))
            // Fees: 1,000 of the first booking, 600 × 2/3 = 400 of the partly refunded one; earnings take the rest.
            #expect(response.value("revenueReport.platformFees.amountCents") == .int(1_400))
            #expect(response.value("revenueReport.tutorEarnings.amountCents") == .int(5_600))
            #expect(response.value("revenueReport.completedSessions") == .int(2))
            #expect(response.value("revenueReport.bookingsCreated") == .int(3))
            #expect(response.value("revenueReport.newStudents") == .int(1))
            #expect(response.value("revenueReport.newTutors") == .int(1))
            #expect(response.statements == 1)

            let inverted = try await harness.execute(
                #"{ revenueReport(from: "2027-02-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { currency } }"#,
                as: owner.viewer)
            #expect(inverted.onlyErrorCode == .badUserInput)
            #expect(inverted.errorField == "to")
        }
    }
}
