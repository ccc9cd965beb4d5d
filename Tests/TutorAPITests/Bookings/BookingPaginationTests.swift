import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// Keyset pagination of `myBookings`: stable pages in both directions while bookings are added between them.
@Suite("Bookings: keyset pagination")
struct BookingPaginationTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let hour: TimeInterval = 3_600

    /// Twenty bookings two hours apart, plus two pairs sharing a start time (the ID breaks those ties).
    static func arrange(_ harness: APITestHarness) async throws -> (student: TestUser, tutor: TestUser, fixture: BookingFixture) {
        let fixture = BookingFixture(harness: harness)
        let student = try await harness.createUser(.student)
        let tutor = try await harness.createUser(.tutor)
        let secondTutor = try await harness.createUser(.tutor)
        for index in 0..<20 {
            try await fixture.booking(tutor: tutor, student: student, start: now.addingTimeInterval(Double(index) * 2 * hour))
        }
        for index in [3, 11] {
            try await fixture.booking(
                tutor: secondTutor, student: student, start: now.addingTimeInterval(Double(index) * 2 * hour))
        }
        return (student, tutor, fixture)
    }

    @Test("forward: newest start first, no duplicates or gaps while bookings are inserted between pages")
    func forward() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let (student, tutor, fixture) = try await Self.arrange(harness)
            let before = try await Self.allIDs(harness, student)
            var seen: [String] = []
            var cursor: String?
            var page = 0
            repeat {
                let response = try await harness.execute(
                    """
                    query($after: String) {
                      myBookings(first: 5, after: $after) {
                        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }
                      }
                    }
                    """,
                    variables: cursor.map { ["after": .string($0)] } ?? [:], as: student.viewer)
                #expect(response.result.errors.isEmpty, "\(response.json)")
                seen += Self.nodeIDs(response)
                #expect(response.value("myBookings.pageInfo.hasPreviousPage") == .bool(cursor != nil))
                cursor = response.string("myBookings.pageInfo.endCursor")
                // One booking newer than every page so far, one older than every page: only the older one is ahead.
                page += 1
                try await fixture.booking(tutor: tutor, student: student, start: Self.now.addingTimeInterval(Double(1_000 + page) * Self.hour))
                try await fixture.booking(tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Double(page) * Self.hour))
                if response.value("myBookings.pageInfo.hasNextPage") != .bool(true) { break }
            } while page < 20

            #expect(Set(seen).count == seen.count, "no booking appears twice")
            #expect(before.allSatisfy(seen.contains), "every booking that existed before the first page appears")
            let final = try await Self.allIDs(harness, student)
            #expect(seen == final.filter(seen.contains), "pages keep the list's order")
        }
    }

    @Test("backward: last/before walks from the oldest end with the same guarantees")
    func backward() async throws {
        try await APITestHarness.withHarness(now: Self.now) { harness in
            let (student, tutor, fixture) = try await Self.arrange(harness)
            let before = try await Self.allIDs(harness, student)
            var seen: [String] = []
            var cursor: String?
            var page = 0
            repeat {
                let response = try await harness.execute(
                    """
                    query($before: String) {
                      myBookings(last: 5, before: $before) {
                        edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor }
                      }
                    }
                    """,
                    variables: cursor.map { ["before": .string($0)] } ?? [:], as: student.viewer)
                #expect(response.result.errors.isEmpty, "\(response.json)")
                seen = Self.nodeIDs(response) + seen
                #expect(response.value("myBookings.pageInfo.hasNextPage") == .bool(cursor != nil))
                cursor = response.string("myBookings.pageInfo.startCursor")
                page += 1
                try await fixture.booking(tutor: tutor, student: student, start: Self.now.addingTimeInterval(Double(1_000 + page) * Self.hour))
                try await fixture.booking(tutor: tutor, student: student, start: Self.now.addingTimeInterval(-Double(page) * Self.hour))
                if response.value("myBookings.pageInfo.hasPreviousPage") != .bool(true) { break }
            } while page < 20

            #expect(Set(seen).count == seen.count, "no booking appears twice")
            #expect(before.allSatisfy(seen.contains), "every booking that existed before the first page appears")
            let final = try await Self.allIDs(harness, student)
            #expect(seen == final.filter(seen.contains), "pages keep the list's order")
        }
    }

    /// Every booking of `student` in list order, read in one page.
    static func allIDs(_ harness: APITestHarness, _ student: TestUser) async throws -> [String] {
        nodeIDs(try await harness.execute("{ myBookings(first: 100) { edges { node { id } } } }", as: student.viewer))
    }

    static func nodeIDs(_ response: APIResponse) -> [String] {
        (response.value("myBookings.edges")?.listValue ?? []).compactMap { $0["node"]?["id"]?.stringValue }
    }
}
