import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// `booking`, `myBookings` and the nested reads of a booking, against a real database.
@Suite("Bookings: queries")
struct BookingQueryTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let day: TimeInterval = 86_400

    @Test("booking(id) shows its student the four states, the price snapshot and the nested history")
    func bookingForItsStudent() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let tutor = try await harness.createUser(.tutor)
            let student = try await harness.createUser(.student)
            let package = try await fixture.package(student: student, tutor: tutor, purchased: 5, used: 1)
            let original = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(Self.day),
                state: BookingState(session: .cancelled, outcome: .notHeld, payment: .voided))
            let booking = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(2 * Self.day), priceCents: 4_550,
                packageID: package, rescheduledFromID: original)
            try await fixture.event(
                booking: booking, type: "REQUESTED", version: 1, state: BookingState(session: .requested, payment: .pending),
                actor: student)
            try await fixture.event(booking: booking, type: "ACCEPTED", version: 2, state: BookingFixture.scheduled, actor: tutor)
            try await fixture.material(booking: booking, uploader: tutor)

            let response = try await harness.execute(
                """
                query($id: ID!) {
                  booking(id: $id) {
                    id sessionState sessionOutcome paymentState disputeState durationMinutes version
                    price { amountCents currency formatted } platformFee { amountCents } platformFeePercent
                    tutorEarnings { amountCents } hourlyRate { amountCents } pricingSnapshot notes joinUrl
                    tutorName studentName subjectName subject { name } cancelledAt
                    package { id sessionsRemaining status pricePaid { amountCents } }
                    rescheduledFrom { id sessionState sessionOutcome paymentState }
                    events { type version sessionState paymentState actor { id } actorRole }
                    materials { kind title url uploadedBy { id } }
                    payments { id } review { id }
                  }
                }
                """,
                variables: ["id": .string(GlobalID(.booking, booking).description)], as: student.viewer)

            #expect(response.result.errors.isEmpty, "\(response.json)")
            #expect(response.string("booking.id") == GlobalID(.booking, booking).description)
            #expect(response.string("booking.sessionState") == "SCHEDULED")
            #expect(response.isNull("booking.sessionOutcome"))
            #expect(response.string("booking.paymentState") == "AUTHORIZED")
            #expect(response.string("booking.disputeState") == "NONE")
            #expect(response.value("booking.durationMinutes") == .int(60))
            #expect(response.value("booking.price.amountCents") == .int(4_550))
            #expect(response.string("booking.price.formatted") == "$45.50")
            #expect(response.value("booking.platformFee.amountCents") == .int(910))
            #expect(response.value("booking.platformFeePercent") == .float(20))
            #expect(response.isNull("booking.tutorEarnings"), "the student does not see the tutor's share")
            #expect(response.value("booking.pricingSnapshot.feeTier") == .string("standard"))
            #expect(response.string("booking.notes") == "Chapter 3, please.")
            #expect(response.string("booking.joinUrl") == "https://meet.example.com/session")
            #expect(response.string("booking.subject.name") == "Mathematics")
            #expect(response.string("booking.subjectName") == "Mathematics")
            #expect(response.value("booking.package.sessionsRemaining") == .int(4))
            #expect(response.string("booking.package.status") == "ACTIVE")
            #expect(response.string("booking.rescheduledFrom.sessionState") == "CANCELLED")
            #expect(response.string("booking.rescheduledFrom.sessionOutcome") == "NOT_HELD")
            #expect(response.string("booking.events.0.type") == "REQUESTED")
            #expect(response.string("booking.events.0.actor.id") == student.globalID)
            #expect(response.string("booking.events.0.actorRole") == "STUDENT")
            #expect(response.string("booking.events.1.type") == "ACCEPTED")
            #expect(response.string("booking.events.1.actorRole") == "TUTOR")
            #expect(response.string("booking.materials.0.kind") == "LINK")
            #expect(response.string("booking.materials.0.uploadedBy.id") == tutor.globalID)
            #expect(response.value("booking.payments") == .list([]))
            #expect(response.isNull("booking.review"))
        }
    }

    @Test("a completed booking shows its payments, their refunds and the review")
    func completedBookingMoneyAndReview() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let tutor = try await harness.createUser(.tutor)
            let student = try await harness.createUser(.student)
            let booking = try await fixture.booking(
                tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Self.day),
                state: BookingState(session: .ended, outcome: .completed, payment: .partiallyRefunded))
            let payment = try await fixture.payment(
                payer: student, booking: booking, amountCents: 5_000, refundedCents: 1_000, status: "PARTIALLY_REFUNDED")
            try await fixture.refund(payment: payment, booking: booking, amountCents: 1_000)
            try await fixture.review(booking: booking, rating: 4)

            let response = try await harness.execute(
                """
                query($id: ID!) {
                  booking(id: $id) {
                    tutorEarnings { amountCents }
                    joinUrl
                    payments {
                      id amount { amountCents } refunded { amountCents } provider status capturedAt payer { id }
                      booking { id }
                      refunds { amount { amountCents } reason status note payment { id } booking { id } }
                    }
                    review { rating comment isPublic student { id } booking { id } }
                  }
                }
                """,
                variables: ["id": .string(GlobalID(.booking, booking).description)], as: tutor.viewer)

            #expect(response.result.errors.isEmpty, "\(response.json)")
            #expect(response.value("booking.tutorEarnings.amountCents") == .int(4_000))
            #expect(response.isNull("booking.joinUrl"), "an ended session has no join link")
            #expect(response.string("booking.payments.0.id") == GlobalID(.payment, payment).description)
            #expect(response.value("booking.payments.0.refunded.amountCents") == .int(1_000))
            #expect(response.string("booking.payments.0.provider") == "STRIPE")
            #expect(response.string("booking.payments.0.status") == "PARTIALLY_REFUNDED")
            #expect(response.string("booking.payments.0.payer.id") == student.globalID)
            #expect(response.string("booking.payments.0.refunds.0.reason") == "TUTOR_CANCEL")
            #expect(response.string("booking.payments.0.refunds.0.status") == "SUCCEEDED")
            #expect(response.string("booking.payments.0.refunds.0.payment.id") == GlobalID(.payment, payment).description)
            #expect(response.value("booking.review.rating") == .int(4))
            #expect(response.string("booking.review.student.id") == student.globalID)
            #expect(response.string("booking.review.booking.id") == GlobalID(.booking, booking).description)
        }
    }

    @Test("myBookings lists both sides newest start first and narrows by role, states and time")
    func myBookingsFilters() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let fixture = BookingFixture(harness: harness)
            let tutor = try await harness.createUser(.tutor)
            let otherTutor = try await harness.createUser(.tutor)
            let student = try await harness.createUser(.student)
            let early = try await fixture.booking(tutor: tutor, student: student, start: Self.now)
            let late = try await fixture.booking(
                tutor: otherTutor, student: student, start: Self.now.addingTimeInterval(Self.day),
                state: BookingState(session: .requested, payment: .pending))
            try await fixture.booking(tutor: tutor, student: student, start: Self.now.addingTimeInterval(2 * Self.day),
                                      deleted: true)
            let query = """
                query($filter: BookingFilter) {
                  myBookings(filter: $filter) { totalCount edges { node { id sessionState } } }
                }
                """
            func ids(_ filter: ObjectValue?, as user: TestUser) async throws -> [String] {
                let response = try await harness.execute(
                    query, variables: filter.map { ["filter": .object($0)] } ?? [:], as: user.viewer)
                #expect(response.result.errors.isEmpty, "\(response.json)")
                let edges = response.value("myBookings.edges")?.listValue ?? []
                #expect(response.value("myBookings.totalCount") == .int(edges.count))
                return edges.compactMap { $0["node"]?["id"]?.stringValue }
            }
            let earlyID = GlobalID(.booking, early).description
            let lateID = GlobalID(.booking, late).description

            #expect(try await ids(nil, as: student) == [lateID, earlyID], "deleted bookings stay out")
            #expect(try await ids(nil, as: tutor) == [earlyID])
            #expect(try await ids(["role": .string("AS_TUTOR")], as: student) == [])
            #expect(try await ids(["role": .string("AS_STUDENT")], as: student) == [lateID, earlyID])
            #expect(try await ids(["sessionStates": .list([.string("REQUESTED")])], as: student) == [lateID])
            #expect(try await ids(["startsAfter": .string("2027-01-15T08:30:00Z")], as: student) == [lateID])
            #expect(try await ids(["startsBefore": .string("2027-01-15T08:30:00Z")], as: student) == [earlyID])
        }
    }

    @Test("page sizes above 100, foreign cursors and inverted time windows are BAD_USER_INPUT naming the argument")
    func badInput() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let student = try await harness.createUser(.student)
            let tooMany = try await harness.execute("{ myBookings(first: 101) { totalCount } }", as: student.viewer)
            #expect(tooMany.onlyErrorCode == .badUserInput)
            #expect(tooMany.errorField == "first")

            let foreignCursor = Cursor([.double(4.5), .int(3)]).encoded
            let cursor = try await harness.execute(
                "query($after: String) { myBookings(after: $after) { totalCount } }",
                variables: ["after": .string(foreignCursor)], as: student.viewer)
            #expect(cursor.onlyErrorCode == .badUserInput)
            #expect(cursor.errorField == "after")

            let window = try await harness.execute(
                """
                { myBookings(filter: { startsAfter: "2027-01-02T00:00:00Z", startsBefore: "2027-01-01T00:00:00Z" }) {
                    totalCount } }
                """, as: student.viewer)
            #expect(window.onlyErrorCode == .badUserInput)
            #expect(window.errorField == "filter.startsBefore")

            let badID = try await harness.execute(#"{ booking(id: "not-an-id") { id } }"#, as: student.viewer)
            #expect(badID.onlyErrorCode == .badUserInput)
        }
    }
}
