import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// A bought package pays for bookings with its credits, one each, until none is left.
@Suite("spending a bought package")
struct PackageCreditSpendingTests {
    @Test("each booking with the package takes one credit; once they are gone the package is exhausted and refused")
    func spendUntilExhausted() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let option = try await fixture.pricingOption(of: tutor, sessions: 3, priceCents: 15_000)
            let package = try await fixture.buy(option, as: student).packageID

            for (index, hours) in [72.0, 96, 120].enumerated() {
                let booking = try await fixture.book(student, with: tutor, startsInHours: hours, packageID: package)
                let price = try await fixture.scalar(
                    "SELECT price_cents FROM bookings WHERE id = \(booking.bookingID)", as: Int64.self)
                #expect(price == 5_000)
                let remaining = try await fixture.scalar(
                    "SELECT sessions_remaining FROM student_packages WHERE id = \(package)", as: Int32.self)
                #expect(remaining == Int32(2 - index))
            }
            let before = try await LedgerSnapshot.take(fixture)
            await #expect(throws: BookingWriteError.packageUnavailable) {
                try await fixture.book(student, with: tutor, startsInHours: 144, packageID: package)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
            let state = try await fixture.scalar(
                "SELECT status || ':' || sessions_used || ':' || sessions_remaining FROM student_packages WHERE id = \(package)",
                as: String.self)
            #expect(state == "exhausted:3:0")
        }
    }

    @Test("ten bookings racing for a three-credit package: exactly three get a credit, none goes below zero")
    func racingBookings() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let option = try await fixture.pricingOption(of: tutor, sessions: 3)
            let package = try await fixture.buy(option, as: student).packageID

            let results = await withTaskGroup(of: Bool.self) { group in
                for slot in 0..<10 {
                    group.addTask {
                        let booked = try? await fixture.book(
                            student, with: tutor, startsInHours: 72 + Double(slot) * 2, packageID: package)
                        return booked != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 3)
            let state = try await fixture.scalar(
                "SELECT status || ':' || sessions_used || ':' || sessions_remaining FROM student_packages WHERE id = \(package)",
                as: String.self)
            #expect(state == "exhausted:3:0")
            let bookings = try await fixture.scalar(
                "SELECT count(*) FROM bookings WHERE student_package_id = \(package)", as: Int64.self)
            #expect(bookings == 3)
        }
    }
}
