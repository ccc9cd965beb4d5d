import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

/// Attaching materials: the two parties only, never to a booking that will not be held, and the other party told.
@Suite("Session materials")
struct SessionMaterialTests {
    let link = SessionMaterialDraft(title: "Reading list", content: .link(url: "https://example.com/reading"))

    @Test("the student's link is stored with the booking and the tutor is notified once delivered; the booking is untouched")
    func studentAddsLink() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor)

            let material = try await fixture.store.sessionMaterials.add(
                link, toBooking: booking.bookingID, by: student.userID, now: fixture.now)
            #expect(material.kind == "link")
            #expect(material.url == "https://example.com/reading")
            #expect(material.uploadedBy == student.userID)
            #expect(material.createdAt == fixture.now)
            #expect(try await fixture.store.bookings.materials(forBookingIDs: [booking.bookingID])[booking.bookingID] == [material])
            #expect(
                try await fixture.scalar("SELECT version::int8 FROM bookings WHERE id = \(booking.bookingID)", as: Int64.self)
                    == Int64(booking.version))

            let report = try await OutboxDeliveryWorker.standard(database: fixture.store.database).deliverDue(now: fixture.now)
            #expect(report.failed == 0)
            let notified = try await fixture.column(
                "SELECT user_id FROM notifications WHERE type = 'SESSION_MATERIAL_ADDED' AND data->>'materialId' = \(String(material.id))",
                as: Int64.self)
            #expect(notified == [tutor.userID])
        }
    }

    @Test("the tutor shares a file after the session ended; the student is the one notified")
    func tutorAddsFileAfterSession() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor(autoConfirm: true)
            let student = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor, startsInHours: 72).bookingID
            _ = try await fixture.transitions.apply(.start, toBooking: booking, by: .system, now: fixture.at(hours: 72))
            _ = try await fixture.transitions.apply(.end(.completed), toBooking: booking, by: .system, now: fixture.at(hours: 73))
            let outboxBefore = try await fixture.scalar("SELECT count(*) FROM outbox", as: Int64.self)

            let slides = SessionMaterialDraft(
                title: "Slides", content: .file(storageKey: "uploads/slides.pdf", mimeType: "application/pdf", sizeBytes: 52_428_800))
            let material = try await fixture.store.sessionMaterials.add(
                slides, toBooking: booking, by: tutor.userID, now: fixture.at(hours: 74))
            #expect(material.kind == "file")
            #expect(material.mimeType == "application/pdf")
            #expect(material.sizeBytes == 52_428_800)
            let recipients = try await fixture.column(
                "SELECT (payload->>'userID')::int8 FROM outbox ORDER BY id OFFSET \(outboxBefore)", as: Int64.self)
            #expect(recipients == [student.userID])
        }
    }

    @Test("a cancelled or expired booking takes nothing: a CONFLICT naming its state, and no row or notice written")
    func refusedOnceCancelledOrExpired() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let cancelled = try await fixture.book(student, with: tutor, startsInHours: 72).bookingID
            _ = try await fixture.transitions.apply(.cancel, toBooking: cancelled, by: student.actor, now: fixture.now)
            let expired = try await fixture.book(student, with: tutor, startsInHours: 96).bookingID
            _ = try await fixture.transitions.apply(.expire, toBooking: expired, by: .system, now: fixture.at(hours: 25))
            let before = try await fixture.scalar(
                "SELECT (SELECT count(*) FROM session_materials) + (SELECT count(*) FROM outbox)", as: Int64.self)

            for (booking, state) in [(cancelled, SessionState.cancelled), (expired, .expired)] {
                do {
                    _ = try await fixture.store.sessionMaterials.add(
                        link, toBooking: booking, by: student.userID, now: fixture.at(hours: 26))
                    Issue.record("a \(state) booking took a material")
                } catch BookingWriteError.illegalTransition(_, let current) {
                    #expect(current.session == state)
                    #expect(
                        BookingWriteError.illegalTransition(operation: "add material to", current: current).description
                            .contains(state.rawValue))
                }
            }
            #expect(
                try await fixture.scalar("SELECT (SELECT count(*) FROM session_materials) + (SELECT count(*) FROM outbox)", as: Int64.self)
                    == before)
        }
    }

    @Test("staff and strangers are not parties; a missing booking is not found")
    func onlyTheParties() async throws {
        try await TransitionFixture.run { fixture in
            let tutor = try await fixture.tutor()
            let student = try await fixture.student()
            let stranger = try await fixture.student()
            let booking = try await fixture.book(student, with: tutor).bookingID
            guard case .user(let adminID, _) = try await fixture.admin() else { return }

            for outsider in [stranger.userID, adminID] {
                await #expect(throws: BookingWriteError.notAParticipant) {
                    try await fixture.store.sessionMaterials.add(link, toBooking: booking, by: outsider, now: fixture.now)
                }
            }
            await #expect(throws: BookingWriteError.bookingNotFound) {
                try await fixture.store.sessionMaterials.add(link, toBooking: booking + 1_000, by: student.userID, now: fixture.now)
            }
            #expect(try await fixture.scalar("SELECT count(*) FROM session_materials", as: Int64.self) == 0)
        }
    }
}
