import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

/// `tutor`, `tutors`, `pendingTutors` and `node` for tutors, through the real pipeline and database.
@Suite("Tutors: queries")
struct TutorQueryTests {
    static let everyField = """
        query($id: ID!) { tutor(id: $id) {
          id user { firstName } title headline bio description hourlyRate { amountCents currency formatted }
          languages { code name } badges experienceYears videoUrl timezone profileStatus isApproved autoConfirm
          rejectionReason averageRating totalReviews totalSessions
          subjects { subject { slug } proficiency yearsExperience isPrimary }
          certifications { id name } education { id institution } availability { id dayOfWeek startTime }
          blackouts { id startAt reason } pricingOptions { id type price { formatted } priceCents }
          reviews(first: 2) { totalCount edges { cursor node { rating } } pageInfo { hasNextPage endCursor } }
          stats { completedSessions totalStudents totalReviews averageRating ratingDistribution { rating count } }
          isFavorite createdAt deletedAt
        } }
        """

    @Test("every Tutor field resolves, relations included")
    func everyField() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let tutor = try await fixture.tutor()
            try await fixture.teach(tutor, "mathematics", primary: true)
            try await fixture.pricing(tutor, priceCents: 4_000)
            let student = try await harness.createUser(.student)
            let bookings = BookingFixture(harness: harness)
            for day in 1...3 {
                let start = harness.clock.now().addingTimeInterval(-Double(day) * 86_400)
                let booking = try await bookings.booking(
                    tutor: tutor, student: student, start: start, state: BookingFixture.completed)
                try await bookings.review(booking: booking, rating: 6 - day, createdAt: start.addingTimeInterval(7_200))
            }
            let response = try await harness.execute(
                Self.everyField, variables: ["id": .string(try await fixture.tutorGlobalID(tutor))])
            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.string("tutor.title") == "Mathematics tutor")
            #expect(response.string("tutor.user.firstName") == "Tess")
            #expect(response.value("tutor.languages.1.code") == .string("fr"))
            #expect(response.value("tutor.badges") == .list([.string("VERIFIED")]))
            #expect(response.string("tutor.profileStatus") == "APPROVED")
            #expect(response.string("tutor.subjects.0.proficiency") == "NATIVE")
            #expect(response.value("tutor.pricingOptions.0.priceCents") == .int(4_000))
            #expect(response.value("tutor.reviews.totalCount") == .int(3))
            #expect(response.value("tutor.reviews.edges.0.node.rating") == .int(5))
            #expect(response.value("tutor.reviews.pageInfo.hasNextPage") == .bool(true))
            #expect(response.value("tutor.stats.completedSessions") == .int(3))
            #expect(response.value("tutor.stats.ratingDistribution.0") == .object(["rating": .int(5), "count": .int(1)]))
            #expect(response.value("tutor.isFavorite") == .bool(false))
            #expect(response.isNull("tutor.rejectionReason"))

            let next = try await harness.execute(
                """
                    query($id: ID!, $after: String)
                    { tutor(id: $id) { reviews(first: 2, after: $after) { edges { node { rating } } pageInfo { hasNextPage } } } }
                """,
                variables: [
                    "id": .string(try await fixture.tutorGlobalID(tutor)),
                    "after": response.value("tutor.reviews.pageInfo.endCursor") ?? .null,
                ])
            #expect(next.value("tutor.reviews.edges") == .list([.object(["node": .object(["rating": .int(3)])])]))
            #expect(next.value("tutor.reviews.pageInfo.hasNextPage") == .bool(false))
        }
    }

    @Test("unapproved tutors show only to themselves and staff; deleted ones only to staff")
    func visibility() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let pending = try await fixture.tutor(status: "pending_approval")
            let deleted = try await fixture.tutor(deleted: true)
            let student = try await harness.createUser(.student)
            let otherTutor = try await fixture.tutor()
            let admin = try await harness.createUser(.admin)
            let query = "query($id: ID!) { tutor(id: $id) { id deletedAt } node(id: $id) { id } }"
            let cases: [(TestUser, TestUser?, Bool)] = [
                (pending, nil, false), (pending, student, false), (pending, otherTutor, false), (pending, pending, true),
                (pending, admin, true), (deleted, deleted, false), (deleted, student, false), (deleted, admin, true),
            ]
            for (tutor, viewer, visible) in cases {
                let response = try await harness.execute(
                    query, variables: ["id": .string(try await fixture.tutorGlobalID(tutor))], as: viewer?.viewer)
                #expect(response.result.errors.isEmpty, "\(response.json)")
                #expect(response.isNull("tutor") == !visible, "\(tutor.email) as \(viewer?.role.rawValue ?? "anonymous")")
                #expect(response.isNull("node") == !visible)
            }
            let asAdmin = try await harness.execute(
                query, variables: ["id": .string(try await fixture.tutorGlobalID(deleted))], as: admin.viewer)
            #expect(asAdmin.string("tutor.deletedAt") != nil)
        }
    }

    @Test("tutors searches, filters, ranks and pages; first is capped at 100")
    func search() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let violin = try await fixture.tutor(title: "Violin teacher", bio: "Strings and bows.", rateCents: 6_000)
            let cello = try await fixture.tutor(title: "Cello lessons", bio: "Also some violin.", rateCents: 3_000)
            _ = try await fixture.tutor(title: "Algebra", bio: "Equations.")
            _ = try await fixture.tutor(title: "Violin, hidden", status: "pending_approval")
            try await fixture.teach(cello, "music-theory")
            let search = """
                query($filter: TutorFilter, $order: TutorOrderBy, $first: Int, $after: String) {
                  tutors(filter: $filter, orderBy: $order, first: $first, after: $after) {
                    totalCount edges { rank cursor node { title } } pageInfo { hasNextPage endCursor }
                  }
                }
                """
            let ranked = try await harness.execute(search, variables: ["filter": .object(["search": .string("violin")])])
            #expect(ranked.result.errors.isEmpty, "\(ranked.json)")
            #expect(ranked.value("tutors.totalCount") == .int(2))
            #expect(ranked.string("tutors.edges.0.node.title") == "Violin teacher")
            #expect(ranked.value("tutors.edges.0.rank")?.doubleValue ?? 0 > ranked.value("tutors.edges.1.rank")?.doubleValue ?? 1)

            let cheapFirst = try await harness.execute(
                search, variables: ["filter": .object(["search": .string("violin")]), "order": .string("PRICE"), "first": .int(1)])
            #expect(cheapFirst.string("tutors.edges.0.node.title") == "Cello lessons")
            #expect(cheapFirst.value("tutors.pageInfo.hasNextPage") == .bool(true))
            let second = try await harness.execute(
                search,
                variables: [
                    "filter": .object(["search": .string("violin")]), "order": .string("PRICE"), "first": .int(1),
                    "after": cheapFirst.value("tutors.pageInfo.endCursor") ?? .null,
                ])
            #expect(second.string("tutors.edges.0.node.title") == "Violin teacher")
            #expect(second.value("tutors.pageInfo.hasNextPage") == .bool(false))

            let wrongOrder = try await harness.execute(
                search, variables: ["order": .string("NEWEST"), "after": cheapFirst.value("tutors.pageInfo.endCursor") ?? .null])
            #expect(wrongOrder.onlyErrorCode == .badUserInput)
            #expect(wrongOrder.errorField == "after")

            let bySubject = try await harness.execute(
                search, variables: ["filter": .object(["subjectSlug": .string("music-theory"), "maxPriceCents": .int(5_000)])])
            #expect(bySubject.value("tutors.edges.0.node.title") == .string("Cello lessons"))
            #expect(bySubject.value("tutors.totalCount") == .int(1))
            _ = violin

            let tooMany = try await harness.execute(search, variables: ["first": .int(101)])
            #expect(tooMany.onlyErrorCode == .badUserInput)
            #expect(tooMany.errorField == "first")
            let badRating = try await harness.execute(search, variables: ["filter": .object(["minRating": .float(6)])])
            #expect(badRating.errorField == "filter.minRating")
        }
    }

    @Test("includeAll and pendingTutors are for staff")
    func staffLists() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let pending = try await fixture.tutor(status: "pending_approval")
            try await harness.client.query(
                """
                INSERT INTO tutor_approval_requests (tutor_profile_id) SELECT id FROM tutor_profiles WHERE user_id = \(pending.id)
                """,
                logger: APITestHarness.logger)
            let student = try await harness.createUser(.student)
            let admin = try await harness.createUser(.admin)
            let all = "{ tutors(filter: { includeAll: true }) { totalCount } }"
            let queue = "{ pendingTutors(first: 10) { totalCount edges { node { profileStatus } } } }"
            #expect(try await harness.execute(all).onlyErrorCode == .unauthenticated)
            #expect(try await harness.execute(all, as: student.viewer).onlyErrorCode == .forbidden)
            #expect(try await harness.execute(all, as: admin.viewer).value("tutors.totalCount") == .int(1))
            #expect(try await harness.execute("{ tutors { totalCount } }").value("tutors.totalCount") == .int(0))
            #expect(try await harness.execute(queue).onlyErrorCode == .unauthenticated)
            #expect(try await harness.execute(queue, as: pending.viewer).onlyErrorCode == .forbidden)
            let listed = try await harness.execute(queue, as: admin.viewer)
            #expect(listed.value("pendingTutors.totalCount") == .int(1))
            #expect(listed.string("pendingTutors.edges.0.node.profileStatus") == "PENDING_APPROVAL")
        }
    }
}
