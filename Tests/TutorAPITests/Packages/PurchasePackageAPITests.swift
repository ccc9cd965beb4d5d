import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

@testable import TutorAPI

@Suite("purchasePackage through GraphQL")
struct PurchasePackageAPITests {
    @Test("a student buys a package: the payload reads the new package and its captured payment, and echoes the ID")
    func purchase() async throws {
        try await PackagePurchaseAPIFixture.run { fixture in
            let response = try await fixture.purchase(fixture.packageOption, as: fixture.market.student.viewer)

            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            let package = try #require(response.string("purchasePackage.package.id"))
            #expect(response.value("purchasePackage.package.sessionsPurchased") == .int(3))
            #expect(response.value("purchasePackage.package.sessionsUsed") == .int(0))
            #expect(response.value("purchasePackage.package.sessionsRemaining") == .int(3))
            #expect(response.string("purchasePackage.package.status") == "ACTIVE")
            #expect(response.string("purchasePackage.package.expiresAt")?.hasPrefix("2030-01-31T00:00:00") == true)
            #expect(response.value("purchasePackage.package.pricePaid.amountCents") == .int(15_000))
            #expect(response.string("purchasePackage.package.tutor.id") == fixture.market.tutorID)
            #expect(response.string("purchasePackage.package.pricingOption.id") == fixture.packageOption)
            #expect(response.string("purchasePackage.payment.status") == "CAPTURED")
            #expect(response.string("purchasePackage.payment.provider") == "LEDGER")
            #expect(response.value("purchasePackage.payment.amount.amountCents") == .int(15_000))
            #expect(response.string("purchasePackage.payment.package.id") == package)
            #expect(response.isNull("purchasePackage.payment.booking"))
            #expect(response.string("purchasePackage.clientMutationId") == "buy-1")
        }
    }

    @Test("the bought package pays for a booking: requestBooking with its ID takes one credit")
    func spendBoughtCredit() async throws {
        try await PackagePurchaseAPIFixture.run { fixture in
            let market = fixture.market
            let bought = try await fixture.purchase(fixture.packageOption, as: market.student.viewer)
            let package = try #require(bought.string("purchasePackage.package.id"))
            let start = market.harness.clock.now().addingTimeInterval(48 * 3600)

            let booked = try await market.harness.execute(
                """
                mutation Book($input: RequestBookingInput!) {
                    requestBooking(input: $input) { booking { id paymentState } }
                }
                """,
                variables: [
                    "input": .object([
                        "tutorId": .string(market.tutorID), "subjectId": .string(market.subjectID),
                        "startTime": .string(ISO8601DateFormatter().string(from: start)),
                        "endTime": .string(ISO8601DateFormatter().string(from: start.addingTimeInterval(3600))),
                        "packageId": .string(package),
                    ])
                ],
                as: market.student.viewer)
            #expect(booked.result.errors.isEmpty, "\(booked.json)")
            let packageKey = try #require(GlobalID.decode(package)).key
            let credits = try await market.harness.scalar(
                "SELECT sessions_used || '/' || sessions_remaining FROM student_packages WHERE id = \(packageKey)",
                as: String.self)
            #expect(credits == "1/2")
        }
    }

    @Test("signed out is UNAUTHENTICATED; tutors, admins and owners (who have no student profile) are FORBIDDEN")
    func authorization() async throws {
        try await PackagePurchaseAPIFixture.run { fixture in
            let owner = try await fixture.harness.createUser(.owner)
            let before = try await fixture.ledger()

            let signedOut = try await fixture.purchase(fixture.packageOption, as: nil)
            #expect(signedOut.onlyErrorCode == .unauthenticated)
            for caller in [fixture.market.tutor, fixture.admin, owner] {
                let response = try await fixture.purchase(fixture.packageOption, as: caller.viewer)
                #expect(response.onlyErrorCode == .forbidden, "\(caller.role)")
                #expect(response.result.data == .null)
            }
            #expect(try await fixture.ledger() == before)
        }
    }

    @Test("refusals name their cause and write nothing")
    func refusals() async throws {
        try await PackagePurchaseAPIFixture.run { fixture in
            let student = fixture.market.student.viewer
            let before = try await fixture.ledger()

            let unknown = try await fixture.purchase(GlobalID(.pricingOption, 999_999).description, as: student)
            #expect(unknown.onlyErrorCode == .notFound)

            let single = try await fixture.purchase(fixture.singleOption, as: student)
            #expect(single.onlyErrorCode == .badUserInput)
            #expect(single.errorField == "input.pricingOptionId")

            let inactive = try await fixture.purchase(fixture.inactiveOption, as: student)
            #expect(inactive.onlyErrorCode == .conflict)

            for malformed in ["not-an-id", fixture.market.tutorID] {
                let response = try await fixture.purchase(malformed, as: student)
                #expect(response.onlyErrorCode == .badUserInput)
                #expect(response.errorField == "input.pricingOptionId")
            }
            #expect(try await fixture.ledger() == before)
        }
    }

    @Test(
        "the processor failing mid-purchase: INTERNAL_SERVER_ERROR without details, and the database unchanged",
        arguments: [FailingPaymentProvider.Step.authorize, .capture])
    func processorOutage(failing step: FailingPaymentProvider.Step) async throws {
        try await PackagePurchaseAPIFixture.run(paymentProvider: FailingPaymentProvider(failing: step)) { fixture in
            let before = try await fixture.ledger()

            let response = try await fixture.purchase(fixture.packageOption, as: fixture.market.student.viewer)

            #expect(response.onlyErrorCode == .internalServerError)
            #expect(!response.json.contains("outage") && !response.json.contains("card_declined"))
            #expect(response.internalErrors.count == 1)
            #expect(try await fixture.ledger() == before)
        }
    }
}
