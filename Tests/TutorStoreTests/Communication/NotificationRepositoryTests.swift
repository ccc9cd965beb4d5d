import Foundation
import PostgresNIO
import Testing
import TutorStore

@Suite("NotificationRepository: the list, counts, read and dismissed")
struct NotificationRepositoryTests {
    /// Inserts a notification for `userID`, `minutes` after the fixture's `now`.
    private func notify(_ fixture: CommunicationStoreFixture, _ userID: Int64, minutes: Double, read: Bool = false)
        async throws -> Int64
    {
        let createdAt = fixture.now.addingTimeInterval(minutes * 60)
        let readAt: Date? = read ? createdAt : nil
        return try await fixture.scalar(
            """
            INSERT INTO notifications (user_id, type, category, title, is_read, read_at, created_at)
            VALUES (\(userID), 'SYSTEM', 'system', 'Hello', \(read), \(readAt), \(createdAt)) RETURNING id
            """, as: Int64.self)
    }

    @Test("the list is newest first, unread only on request, and never shows dismissed ones")
    func listing() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let user = try await fixture.user()
            let old = try await notify(fixture, user, minutes: 0, read: true)
            let middle = try await notify(fixture, user, minutes: 1)
            let newest = try await notify(fixture, user, minutes: 2)
            let page = KeysetPage(direction: .forward, limit: 10)

            #expect(
                try await fixture.store.notifications.inbox(of: user, unreadOnly: false, page: page, after: nil).map(\.id)
                    == [newest, middle, old])
            #expect(
                try await fixture.store.notifications.inbox(of: user, unreadOnly: true, page: page, after: nil).map(\.id)
                    == [newest, middle])

            let dismissed = try await fixture.store.notifications.dismiss(newest, now: fixture.now, authorize: { _ in })
            #expect(dismissed.isDismissed)
            #expect(
                try await fixture.store.notifications.inbox(of: user, unreadOnly: false, page: page, after: nil).map(\.id)
                    == [middle, old])
            #expect(
                try await fixture.store.notifications.counts(forUserIDs: [user, 999_999])
                    == [user: NotificationCounts(total: 2, unread: 1), 999_999: NotificationCounts(total: 0, unread: 0)])
        }
    }

    @Test("marking read keeps the first read time; marking all counts what changed")
    func markingRead() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let user = try await fixture.user()
            let first = try await notify(fixture, user, minutes: 0)
            _ = try await notify(fixture, user, minutes: 1)
            _ = try await notify(fixture, user, minutes: 2)

            let read = try await fixture.store.notifications.markRead(first, now: fixture.now, authorize: { _ in })
            let again = try await fixture.store.notifications.markRead(
                first, now: fixture.now.addingTimeInterval(60), authorize: { _ in })
            #expect(read.isRead && again.readAt == fixture.now)
            #expect(try await fixture.store.notifications.markAllRead(of: user, now: fixture.now) == 2)
            #expect(try await fixture.store.notifications.markAllRead(of: user, now: fixture.now) == 0)
        }
    }

    @Test("authorize sees the notification and its refusal changes nothing; a missing one is notificationNotFound")
    func authorization() async throws {
        try await CommunicationStoreFixture.run { fixture in
            let user = try await fixture.user()
            let id = try await notify(fixture, user, minutes: 0)

            await #expect(throws: Refused.self) {
                try await fixture.store.notifications.markRead(id, now: fixture.now) { row in
                    #expect(row.userID == user)
                    throw Refused()
                }
            }
            #expect(try await fixture.store.notifications.notifications(ids: [id])[id]?.isRead == false)
            await #expect(throws: CommunicationWriteError.notificationNotFound) {
                try await fixture.store.notifications.dismiss(999_999, now: fixture.now, authorize: { _ in })
            }
        }
    }
}
