import Foundation
import GraphQLEngine
import PostgresNIO
import Testing

/// Issue 5's races for new bookings, fired as 50 simultaneous HTTP requests at the real server: the row locks and
/// the exclusion constraint must hold when the requests arrive on 50 sockets and run on the server's pool at once.
@Suite("Booking races over HTTP")
struct BookingRaceHTTPTests {
    @Test("50 students request the same slot at once: one booking, 49 CONFLICTs saying the slot is taken")
    func fiftyStudentsRaceForOneSlot() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let students = try await server.seedStudents(50)
            let slot = MarketplaceSlot(hoursAhead: 72)

            let responses = try await server.concurrently(50) { index in
                try await server.requestBooking(slot, with: tutor, token: students[index].token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult }, "\(responses.filter { !$0.isWellFormedExecutionResult })")
            let booked = responses.filter { $0.errors.isEmpty }
            let refused = responses.filter { $0.onlyErrorCode == "CONFLICT" }
            #expect(booked.count == 1, "\(booked)")
            #expect(refused.count == 49)
            #expect(refused.allSatisfy { $0.firstErrorMessage == "The tutor already has a booking at that time." })
            #expect(refused.allSatisfy { $0.json?["data"]?.isNull == true })
            #expect(booked.first?.string("requestBooking.booking.sessionState") == "REQUESTED")
            #expect(try await server.scalar("SELECT count(*) FROM bookings", as: Int64.self) == 1)
            #expect(try await server.scalar("SELECT count(*) FROM payments", as: Int64.self) == 1)
            #expect(try await server.scalar("SELECT count(*) FROM booking_events", as: Int64.self) == 1)
        }
    }

    @Test("50 package bookings at once on 3 credits: exactly 3 booked, credits end at zero, never below")
    func fiftyBookingsRaceForThreeCredits() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedTutor()
            let student = try await server.seedStudent()
            let package = try await server.seedPackage(for: student, with: tutor, sessions: 3)
            let now = Date()

            let responses = try await server.concurrently(50) { index in
                try await server.requestBooking(
                    MarketplaceSlot(hoursAhead: 48 + 2 * index, from: now), with: tutor, packageID: package,
                    token: student.token)
            }

            #expect(responses.allSatisfy { $0.isWellFormedExecutionResult })
            #expect(responses.filter { $0.errors.isEmpty }.count == 3)
            let refused = responses.filter { $0.onlyErrorCode == "CONFLICT" }
            #expect(refused.count == 47)
            #expect(refused.allSatisfy { $0.firstErrorMessage == "The package has no credit left, or has expired." })
            #expect(try await server.credits() == "3/0 exhausted")
            #expect(try await server.scalar("SELECT count(*) FROM bookings WHERE student_package_id IS NOT NULL", as: Int64.self) == 3)
            #expect(try await server.scalar("SELECT count(*) FROM bookings", as: Int64.self) == 3)
            #expect(try await server.scalar("SELECT count(*) FROM payments", as: Int64.self) == 0)
        }
    }
}
