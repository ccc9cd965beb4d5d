import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

@Suite("requestBooking")
struct RequestBookingTests {
    @Test("a request waits for the tutor: REQUESTED, PENDING payment, price snapshot, event and notifications")
    func requestWaitsForTutor() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let outcome = try await fixture.book(student, with: tutor)

            #expect(outcome.state == BookingState(session: .requested, payment: .pending))
            #expect(outcome.version == 1)
            let row = try #require(try await fixture.store.bookings.bookings(ids: [outcome.bookingID])[outcome.bookingID])
            #expect(row.price.cents == 6_000)
            #expect(row.platformFee.cents == 1_200)
            #expect(row.tutorEarnings.cents == 4_800)
            #expect(row.platformFeePercent == 20)
            #expect(row.tutorName == "Tina Test")
            #expect(row.studentName == "Sam Test")
            #expect(row.subjectName != nil)
            let payment = try await fixture.scalar(
                "SELECT status || ':' || amount_cents || ':' || provider FROM payments WHERE booking_id = \(outcome.bookingID)",
                as: String.self)
            #expect(payment == "PENDING:6000:ledger")
            let events = try await fixture.column(
                "SELECT event_type || '@' || booking_version FROM booking_events WHERE booking_id = \(outcome.bookingID)",
                as: String.self)
            #expect(events == ["REQUESTED@1"])
            let notified = try await fixture.column(
                "SELECT (payload->>'userID')::int8 FROM outbox WHERE topic = 'notification.create' ORDER BY 1", as: Int64.self)
            #expect(notified == [tutor.userID, student.userID].sorted())
        }
    }

    @Test("an auto-confirming tutor is booked at once: SCHEDULED with an authorized ledger payment")
    func autoConfirm() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let outcome = try await fixture.book(try await fixture.student(), with: tutor)

            #expect(outcome.state == BookingState(session: .scheduled, payment: .authorized))
            let payment = try await fixture.scalar(
                """
                SELECT status || ':' || (provider_payment_id LIKE 'ledger_pay_%') || ':' || (authorized_at IS NOT NULL)
                FROM payments WHERE booking_id = \(outcome.bookingID)
                """, as: String.self)
            #expect(payment == "AUTHORIZED:true:true")
            let confirmed = try await fixture.scalar(
                "SELECT confirmed_at IS NOT NULL FROM bookings WHERE id = \(outcome.bookingID)", as: Bool.self)
            #expect(confirmed)
        }
    }

    @Test("the fee tier follows the tutor's lifetime earnings", arguments: [(0, 1_200), (100_000, 900), (500_000, 600)])
    func feeTier(earnings: Int, fee: Int64) async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(lifetimeEarningsCents: earnings)
            let outcome = try await fixture.book(try await fixture.student(), with: tutor)
            let charged = try await fixture.scalar(
                "SELECT platform_fee_cents FROM bookings WHERE id = \(outcome.bookingID)", as: Int64.self)
            #expect(charged == fee)
        }
    }

    @Test("a package credit pays: one credit taken, no payment, the package's price per session")
    func packageCredit() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor, sessions: 5, priceCents: 25_000)
            let outcome = try await fixture.book(student, with: tutor, packageID: package)

            let remaining = try await fixture.scalar(
                "SELECT sessions_remaining FROM student_packages WHERE id = \(package)", as: Int32.self)
            #expect(remaining == 4)
            let price = try await fixture.scalar("SELECT price_cents FROM bookings WHERE id = \(outcome.bookingID)", as: Int64.self)
            #expect(price == 5_000)
            let payments = try await fixture.scalar("SELECT count(*) FROM payments", as: Int64.self)
            #expect(payments == 0)
        }
    }

    @Test("the last credit exhausts the package; the next booking with it is refused and takes nothing")
    func exhaustedPackage() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor, sessions: 1)
            try await fixture.book(student, with: tutor, startsInHours: 48, packageID: package)
            let status = try await fixture.scalar("SELECT status FROM student_packages WHERE id = \(package)", as: String.self)
            #expect(status == "exhausted")

            let before = try await LedgerSnapshot.take(fixture)
            await #expect(throws: BookingWriteError.packageUnavailable) {
                try await fixture.book(student, with: tutor, startsInHours: 96, packageID: package)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }

    @Test("another student's package is not found")
    func foreignPackage() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let package = try await fixture.package(student: try await fixture.student(), tutor: tutor)
            await #expect(throws: BookingWriteError.packageNotFound) {
                try await fixture.book(try await fixture.student(), with: tutor, packageID: package)
            }
        }
    }

    @Test("an overlapping booking is refused by the exclusion constraint; back-to-back sessions are fine")
    func overlap() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            try await fixture.book(try await fixture.student(), with: tutor, startsInHours: 72)
            await #expect(throws: BookingWriteError.slotTaken) {
                try await fixture.book(try await fixture.student(), with: tutor, startsInHours: 72.5)
            }
            let next = try await fixture.book(try await fixture.student(), with: tutor, startsInHours: 73)
            #expect(next.changed)
        }
    }

    @Test("requests breaking a rule are refused with the rule and write nothing")
    func refusedRequests() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let before = try await LedgerSnapshot.take(fixture)

            await #expect(throws: BookingWriteError.startNotInFuture) {
                try await fixture.book(student, with: tutor, startsInHours: -1)
            }
            await #expect(throws: BookingWriteError.invalidDuration(minutes: 10)) {
                try await fixture.book(student, with: tutor, minutes: 10)
            }
            try await fixture.execute(
                """
                INSERT INTO tutor_blackouts (tutor_profile_id, start_at, end_at)
                VALUES (\(tutor.profileID), \(fixture.at(hours: 70)), \(fixture.at(hours: 80)))
                """)
            await #expect(throws: BookingWriteError.duringBlackout) {
                try await fixture.book(student, with: tutor, startsInHours: 72)
            }
            try await fixture.execute(
                "DELETE FROM tutor_availabilities WHERE tutor_profile_id = \(tutor.profileID) AND day_of_week = 5")
            // 2030-01-04 is a Friday.
            await #expect(throws: BookingWriteError.outsideAvailability) {
                try await fixture.book(student, with: tutor, startsInHours: 3 * 24 + 10)
            }
            let teacher = try await fixture.tutor()
            try await fixture.execute("DELETE FROM tutor_subjects WHERE tutor_profile_id = \(teacher.profileID)")
            await #expect(throws: BookingWriteError.subjectNotTaught) {
                try await fixture.book(student, with: teacher)
            }
            try await fixture.execute(
                "UPDATE tutor_profiles SET profile_status = 'pending_approval', is_approved = false WHERE id = \(teacher.profileID)")
            await #expect(throws: BookingWriteError.tutorNotBookable) {
                try await fixture.book(student, with: teacher)
            }
            let nonStudent = FixtureStudent(profileID: 0, userID: tutor.userID)
            await #expect(throws: BookingWriteError.noStudentProfile) {
                try await fixture.book(nonStudent, with: tutor)
            }
            #expect(try await LedgerSnapshot.take(fixture) == before)
        }
    }
}
