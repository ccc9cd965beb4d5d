import Foundation
import Logging
import PostgresNIO
import Testing
import TutorDomain
import TutorStore
import TutorTestSupport

/// Fifty writers at once, each through its own transaction on a pool of real connections.
@Suite("Booking writes under concurrency")
struct ConcurrencyTests {
    /// Runs `body` with a fixture whose pool opens up to 20 connections, so the writers truly overlap.
    static func withWidePool(_ body: (TransitionFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { _, url in
            let configuration = try DatabaseConfiguration(url: url, poolSize: 20).client
            try await withRunningClient(configuration, logger: testLogger) { client in
                try await body(TransitionFixture(client: client))
            }
        }
    }

    @Test("50 students racing for one slot: exactly one booking, the others told the slot is taken")
    func racingForOneSlot() async throws {
        try await Self.withWidePool { fixture in
            let tutor = try await fixture.tutor()
            var students: [FixtureStudent] = []
            for _ in 0..<50 { students.append(try await fixture.student()) }

            let results = await withTaskGroup(of: Result<TransitionOutcome, any Error>.self) { group in
                for student in students {
                    group.addTask { await Result(catching: { try await fixture.book(student, with: tutor, startsInHours: 72) }) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let booked = results.filter { (try? $0.get()) != nil }
            let refused = results.filter { $0.failure as? BookingWriteError == .slotTaken }
            #expect(booked.count == 1)
            #expect(refused.count == 49)
            #expect(try await fixture.scalar("SELECT count(*) FROM bookings", as: Int64.self) == 1)
            #expect(try await fixture.scalar("SELECT count(*) FROM payments", as: Int64.self) == 1)
        }
    }

    @Test("50 cancels each of a package booking and a paid booking at once: each cancelled once, the credit restored once")
    func racingCancels() async throws {
        try await Self.withWidePool { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor, sessions: 3)
            let booking = try await fixture.book(student, with: tutor, packageID: package).bookingID
            let paid = try await fixture.book(student, with: tutor, startsInHours: 96).bookingID

            let changed = await withTaskGroup(of: Int.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        let target = index.isMultiple(of: 2) ? booking : paid
                        let outcome = try? await fixture.transitions.apply(
                            .cancel, toBooking: target, by: student.actor, now: fixture.now)
                        return outcome?.changed == true ? 1 : 0
                    }
                }
                return await group.reduce(0, +)
            }
            #expect(changed == 2)
            let events = try await fixture.scalar(
                "SELECT count(*) FROM booking_events WHERE event_type = 'CANCELLED'", as: Int64.self)
            #expect(events == 2)
            let remaining = try await fixture.scalar(
                "SELECT sessions_remaining FROM student_packages WHERE id = \(package)", as: Int32.self)
            #expect(remaining == 3)
            let payment = try await fixture.scalar("SELECT status FROM payments WHERE booking_id = \(paid)", as: String.self)
            #expect(payment == "VOIDED")
            let notices = try await fixture.scalar(
                "SELECT count(*) FROM outbox WHERE payload->>'type' = 'BOOKING_CANCELLED'", as: Int64.self)
            #expect(notices == 4)
        }
    }

    @Test("50 bookings at once on a 10-credit package: exactly 10 succeed and the credits end at zero")
    func racingForCredits() async throws {
        try await Self.withWidePool { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let package = try await fixture.package(student: student, tutor: tutor, sessions: 10)

            let results = await withTaskGroup(of: Result<TransitionOutcome, any Error>.self) { group in
                for slot in 0..<50 {
                    group.addTask {
                        await Result(catching: {
                            try await fixture.book(student, with: tutor, startsInHours: 48 + Double(slot), packageID: package)
                        })
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let booked = results.filter { (try? $0.get()) != nil }.count
            let refused = results.filter { $0.failure as? BookingWriteError == .packageUnavailable }
            #expect(booked == 10)
            #expect(refused.count == 40)
            let credits = try await fixture.scalar(
                "SELECT sessions_used || '/' || sessions_remaining || ':' || status FROM student_packages WHERE id = \(package)",
                as: String.self)
            #expect(credits == "10/0:exhausted")
        }
    }
}

extension Result where Failure == any Error {
    /// Captures the outcome of an async throwing call.
    init(catching body: () async throws -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }

    /// The error, when the call failed.
    var failure: (any Error)? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
