import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorAPI

/// Packages, session materials, refunds and payouts end to end over HTTP, checked against the ledger rows.
@Suite("Money flows over HTTP")
struct MoneyFlowHTTPTests {
    @Test("a student buys a package, books with a credit, and staff refund the purchase, voiding the unused credits")
    func packageBoughtUsedAndRefunded() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()
            let option = try await server.packageOption(of: tutor, sessions: 3, priceCents: 15_000)

            let bought = try await server.mutate(
                "purchasePackage", "PurchasePackageInput", ["pricingOptionId": .string(option)],
                select: "package { id sessionsRemaining status } payment { id status amount { amountCents } }",
                token: student.token)
            #expect(bought.int("purchasePackage.package.sessionsRemaining") == 3, "\(bought)")
            #expect(bought.string("purchasePackage.payment.status") == "CAPTURED")
            #expect(bought.int("purchasePackage.payment.amount.amountCents") == 15_000)
            let package = try #require(bought.string("purchasePackage.package.id"))
            let payment = try #require(bought.string("purchasePackage.payment.id"))

            let booked = try await server.requestBooking(
                MarketplaceSlot(hoursAhead: 72), with: tutor, packageID: package, token: student.token)
            #expect(booked.string("requestBooking.booking.sessionState") == "REQUESTED", "\(booked)")
            #expect(try await server.credits() == "1/2 active")

            let refunded = try await server.mutate(
                "refundPayment", "RefundPaymentInput",
                ["paymentId": .string(payment), "reason": .string("GOODWILL"), "note": .string("Changed plans.")],
                select: "refund { amount { amountCents } reason } payment { status }", token: admin.token)
            #expect(refunded.string("refundPayment.payment.status") == "REFUNDED", "\(refunded)")
            #expect(refunded.int("refundPayment.refund.amount.amountCents") == 15_000)
            #expect(try await server.scalar("SELECT status FROM student_packages", as: String.self) == "refunded")
        }
    }

    @Test("a completed session gets materials, is paid out once its dispute window closed, then cannot be refunded")
    func materialsPayoutAndLateRefund() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor(rateCents: 6_000)
            let student = try await server.seedStudent()
            let admin = try await server.seedAdmin()
            let booking = try await server.completedBooking(MarketplaceSlot(hoursAhead: 72), with: tutor, for: student)

            let material = try await server.mutate(
                "addSessionMaterial", "AddSessionMaterialInput",
                [
                    "bookingId": .string(booking), "kind": .string("LINK"), "title": .string("Worked examples"),
                    "url": .string("https://example.com/integrals.pdf"),
                ],
                select: "booking { materials { kind title url uploadedBy { id } } }", token: tutor.user.token)
            #expect(material.string("addSessionMaterial.booking.materials.0.title") == "Worked examples", "\(material)")
            #expect(material.string("addSessionMaterial.booking.materials.0.uploadedBy.id") == tutor.user.globalID)

            let period = try await server.movedIntoThePast(booking: booking)
            let payout = try await server.createPayout(for: tutor, period: period, token: admin.token)
            #expect(payout.int("createPayout.payout.amount.amountCents") == 4_800, "\(payout)")
            #expect(payout.string("createPayout.payout.status") == "PENDING")

            let again = try await server.createPayout(
                for: tutor, period: (period.start.addingTimeInterval(-86_400), period.end), token: admin.token)
            #expect(again.onlyErrorCode == "CONFLICT", "\(again)")
            let payment = try await server.paymentID(of: booking, token: admin.token)
            let late = try await server.mutate(
                "refundPayment", "RefundPaymentInput", ["paymentId": .string(payment), "reason": .string("OTHER")],
                select: "payment { status }", token: admin.token)
            #expect(late.onlyErrorCode == "CONFLICT", "\(late)")
            #expect(try await server.scalar("SELECT count(*) FROM payouts", as: Int64.self) == 1)
            #expect(try await server.scalar("SELECT count(*) FROM refunds", as: Int64.self) == 0)
        }
    }
}

/// Arranging and running the money mutations as a client would.
extension MarketplaceServer {
    /// A package pricing option of `sessions` one-hour sessions that `tutor` saves through the API; its global ID.
    func packageOption(of tutor: SeededTutor, sessions: Int, priceCents: Int) async throws -> String {
        let saved = try await mutate(
            "savePricingOption", "SavePricingOptionInput",
            [
                "title": .string("\(sessions) sessions"), "type": .string("PACKAGE"), "durationMinutes": .int(60),
                "priceCents": .int(priceCents), "sessionsIncluded": .int(sessions), "validityDays": .int(60),
            ],
            select: "tutor { pricingOptions { id } }", token: tutor.user.token)
        return try #require(saved.string("savePricingOption.tutor.pricingOptions.0.id"), "\(saved)")
    }

    /// The global ID of `booking`'s payment, as staff read it.
    func paymentID(of booking: String, token: String) async throws -> String {
        let read = try await graphQL(
            "query B($id: ID!) { booking(id: $id) { payments { id } } }", variables: ["id": .string(booking)],
            token: token)
        return try #require(read.string("booking.payments.0.id"), "\(read)")
    }

    /// Moves an ended booking's session 40 days into the past, as if its 30-day dispute window had closed; returns
    /// a payout period around it. The server runs on the real clock, so time passes in the database instead.
    func movedIntoThePast(booking: String) async throws -> (start: Date, end: Date) {
        let bookingID = try #require(GlobalID.decode(booking)?.key)
        let ended = try await scalar(
            """
            UPDATE bookings SET start_time = now() - interval '40 days 1 hour', end_time = now() - interval '40 days',
                ended_at = now() - interval '40 days'
            WHERE id = \(bookingID) RETURNING end_time
            """, as: Date.self)
        return (ended.addingTimeInterval(-7 * 86_400), ended.addingTimeInterval(86_400))
    }

    /// `createPayout` for `tutor` over `period`, as the token's (staff) user.
    func createPayout(for tutor: SeededTutor, period: (start: Date, end: Date), token: String) async throws
        -> MarketplaceResponse
    {
        try await mutate(
            "createPayout", "CreatePayoutInput",
            [
                "tutorId": .string(tutor.globalID), "periodStart": .string(period.start.ISO8601Format()),
                "periodEnd": .string(period.end.ISO8601Format()),
            ],
            select: "payout { id status amount { amountCents } }", token: token)
    }
}
