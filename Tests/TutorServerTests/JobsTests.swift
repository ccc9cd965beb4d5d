import Foundation
import Logging
import PostgresNIO
import Testing
import TutorServer
import TutorStore

/// Each marketplace job run once at chosen instants: nothing happens before its time, everything at it.
@Suite("Background jobs")
struct JobsTests {
    @Test("an unanswered request expires at exactly 24 hours, as the system")
    func expireRequests() async throws {
        try await JobsFixture.run { fixture in
            let booking = try await fixture.booking(autoConfirm: false)
            #expect(try await fixture.run("expire-booking-requests", at: fixture.at(hours: 23.99)) == 0)
            #expect(try await fixture.run("expire-booking-requests", at: fixture.at(hours: 24)) == 1)
            #expect(try await fixture.state(of: booking) == "EXPIRED/NOT_HELD/VOIDED")
            let event = try await fixture.text(
                "SELECT event_type || ':' || actor_role FROM booking_events WHERE booking_id = \(booking) AND booking_version = 2")
            #expect(event == "EXPIRED:system")
        }
    }

    @Test("a scheduled session starts at its start time")
    func startSessions() async throws {
        try await JobsFixture.run { fixture in
            let booking = try await fixture.booking(startsInHours: 72)
            #expect(try await fixture.run("start-sessions", at: fixture.at(hours: 71.99)) == 0)
            #expect(try await fixture.run("start-sessions", at: fixture.at(hours: 72)) == 1)
            #expect(try await fixture.state(of: booking) == "ACTIVE/-/AUTHORIZED")
        }
    }

    @Test("an active session ends COMPLETED 15 minutes after its end, capturing the payment")
    func endSessions() async throws {
        try await JobsFixture.run { fixture in
            let booking = try await fixture.booking(startsInHours: 72)
            _ = try await fixture.run("start-sessions", at: fixture.at(hours: 72))
            #expect(try await fixture.run("end-sessions", at: fixture.at(hours: 73 + 14.0 / 60)) == 0)
            #expect(try await fixture.run("end-sessions", at: fixture.at(hours: 73.25)) == 1)
            #expect(try await fixture.state(of: booking) == "ENDED/COMPLETED/CAPTURED")
        }
    }

    @Test("two servers sweeping at once expire each of 20 requests exactly once")
    func concurrentSweeps() async throws {
        try await JobsFixture.run { fixture in
            for _ in 0..<20 { _ = try await fixture.booking(autoConfirm: false) }
            let handled = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<2 { group.addTask { try await fixture.run("expire-booking-requests", at: fixture.at(hours: 25)) } }
                return try await group.reduce(0, +)
            }
            #expect(handled == 20)
            #expect(try await fixture.value("SELECT count(*) FROM booking_events WHERE event_type = 'EXPIRED'") == 20)
        }
    }

    @Test("a package is warned once, 7 days before it expires, and expired at its expiry")
    func packages() async throws {
        try await JobsFixture.run { fixture in
            let package = try await fixture.package(expiresInDays: 10)
            #expect(try await fixture.run("warn-expiring-packages", at: fixture.at(hours: 24 * 2.9)) == 0)
            #expect(try await fixture.run("warn-expiring-packages", at: fixture.at(hours: 24 * 3)) == 1)
            #expect(try await fixture.run("warn-expiring-packages", at: fixture.at(hours: 24 * 4)) == 0)
            let warning = try await fixture.text(
                "SELECT payload->>'title' FROM outbox WHERE payload->'data'->>'packageId' = \(String(package))")
            #expect(warning == "Your package expires soon")

            #expect(try await fixture.run("expire-packages", at: fixture.at(hours: 24 * 9.9)) == 0)
            #expect(try await fixture.run("expire-packages", at: fixture.at(hours: 24 * 10)) == 1)
            #expect(try await fixture.text("SELECT status FROM student_packages WHERE id = \(package)") == "expired")
        }
    }

    @Test("the outbox job delivers the notifications a booking queued")
    func deliverOutbox() async throws {
        try await JobsFixture.run { fixture in
            _ = try await fixture.booking()
            #expect(try await fixture.run("deliver-outbox", at: fixture.now) == 2)
            #expect(try await fixture.value("SELECT count(*) FROM notifications WHERE type = 'BOOKING_CONFIRMED'") == 2)
        }
    }
}
