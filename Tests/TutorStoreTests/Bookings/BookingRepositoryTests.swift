import Foundation
import Testing
import TutorDomain
import TutorStore

/// Booking reads: decoding, batches with empty parents, and keyset lists over exact positions.
@Suite("BookingRepository")
struct BookingRepositoryTests {
    @Test("bookings(ids:) decodes the four states, the price snapshot as money and both parties' user IDs")
    func decodes() async throws {
        try await BookingStoreFixture.run { fixture in
            let tutor = try await fixture.person("tutor")
            let student = try await fixture.person("student")
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let id = try await fixture.booking(tutorProfile: tutor.profileID, studentProfile: student.profileID, start: start)
            let booking = try #require(try await fixture.store.bookings.bookings(ids: [id, 999_999])[id])
            #expect(booking.state == BookingState(session: .ended, outcome: .completed, payment: .captured))
            #expect(booking.price == Money(cents: 5_000, currency: "USD"))
            #expect(booking.platformFee.cents + booking.tutorEarnings.cents == booking.price.cents)
            #expect(booking.platformFeePercent == 20)
            #expect(booking.tutorUserID == tutor.userID)
            #expect(booking.studentUserID == student.userID)
            #expect(booking.durationMinutes == 60)
            #expect(booking.position == InstantPosition(microseconds: 1_800_000_000_000_000, id: id))
            #expect(booking.pricingSnapshot == "{}")
        }
    }

    @Test("events and materials batches name every booking asked for, with empty lists when it has none")
    func emptyGroups() async throws {
        try await BookingStoreFixture.run { fixture in
            let tutor = try await fixture.person("tutor")
            let student = try await fixture.person("student")
            let id = try await fixture.booking(
                tutorProfile: tutor.profileID, studentProfile: student.profileID, start: Date(timeIntervalSince1970: 0))
            let (events, statements) = try await StatementCounter.counting {
                try await fixture.store.bookings.events(forBookingIDs: [id, 42])
            }
            #expect(statements == 1)
            #expect(events == [id: [], 42: []])
            #expect(try await fixture.store.bookings.materials(forBookingIDs: [id]) == [id: []])
        }
    }

    @Test("list walks a user's bookings newest start first, both sides, page by page without gaps")
    func keysetList() async throws {
        try await BookingStoreFixture.run { fixture in
            let tutor = try await fixture.person("tutor")
            let otherTutor = try await fixture.person("tutor")
            let student = try await fixture.person("student")
            var ids: [Int64] = []
            for index in 0..<7 {
                let start = Date(timeIntervalSince1970: 1_800_000_000 + Double(index) * 7_200)
                ids.append(try await fixture.booking(tutorProfile: tutor.profileID, studentProfile: student.profileID, start: start))
                // The same start with another tutor: only the ID orders the two.
                ids.append(try await fixture.booking(tutorProfile: otherTutor.profileID, studentProfile: student.profileID, start: start))
            }
            let expected = ids.reversed().map { $0 }
            let filter = BookingListFilter(userID: student.userID)
            var seen: [Int64] = []
            var position: InstantPosition?
            while true {
                let rows = try await fixture.store.bookings.list(
                    filter, page: KeysetPage(direction: .forward, limit: 3), after: position)
                seen += rows.prefix(3).map(\.id)
                guard rows.count > 3 else { break }
                position = rows[2].position
            }
            #expect(seen == expected)
            #expect(try await fixture.store.bookings.count(filter) == 14)
            let asTutor = BookingListFilter(userID: tutor.userID, asStudent: false)
            #expect(try await fixture.store.bookings.count(asTutor) == 7)
            #expect(try await fixture.store.bookings.count(BookingListFilter(userID: student.userID, asStudent: false)) == 0)
        }
    }
}
