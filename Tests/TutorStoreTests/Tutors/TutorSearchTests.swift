import Foundation
import Testing
import TutorStore
import TutorTestSupport

/// The tutor search against real PostgreSQL: full-text matching and ranking, every filter, every order, and
/// keyset pages that neither repeat nor skip rows while new tutors arrive between pages.
@Suite struct TutorSearchTests {
    private let firstPage = KeysetPage(direction: .forward, limit: 10)

    @Test func findsTutorsByAWordOfTheirBio() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let violinist = try await fixtures.tutor(bio: "I have taught the violin for twenty years.")
            try await fixtures.tutor(bio: "Algebra and geometry, patiently.")
            let hits = try await fixtures.store.tutors.search(
                TutorSearchFilter(search: "violin"), order: .relevance, page: firstPage, after: nil)
            #expect(hits.map(\.tutor.id) == [violinist])
            #expect((hits.first?.rank ?? 0) > 0)
        }
    }

    @Test("a rank reads as PostgreSQL's float4 prints it, not as its widened binary value")
    func rankKeepsSixSignificantDigits() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            try await fixtures.tutor(bio: "Violin, violin and more violin: the violin is all I teach.")
            let hits = try await fixtures.store.tutors.search(
                TutorSearchFilter(search: "violin"), order: .relevance, page: firstPage, after: nil)
            let rank = try #require(hits.first?.rank)
            #expect(Double(String(format: "%.6g", rank)) == rank)
        }
    }

    @Test func ranksTitleMatchesAboveDescriptionMatches() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let inDescription = try await fixtures.tutor(title: "Music lessons", description: "Piano for beginners.")
            let inTitle = try await fixtures.tutor(title: "Piano teacher", description: "Lessons for every level.")
            let hits = try await fixtures.store.tutors.search(
                TutorSearchFilter(search: "piano"), order: .relevance, page: firstPage, after: nil)
            #expect(hits.map(\.tutor.id) == [inTitle, inDescription])
            #expect(try #require(hits[0].rank) > (try #require(hits[1].rank)))
        }
    }

    @Test func hidesUnapprovedAndDeletedTutorsUnlessAskedForAll() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let listed = try await fixtures.tutor()
            let pending = try await fixtures.tutor(status: "pending_approval")
            let deleted = try await fixtures.tutor(deleted: true)
            let tutors = fixtures.store.tutors
            let visible = try await tutors.search(TutorSearchFilter(), order: .newest, page: firstPage, after: nil)
            #expect(visible.map(\.tutor.id) == [listed])
            let all = try await tutors.search(
                TutorSearchFilter(includeUnlisted: true), order: .newest, page: firstPage, after: nil)
            #expect(Set(all.map(\.tutor.id)) == [listed, pending, deleted])
            #expect(try await tutors.count(TutorSearchFilter()) == 1)
            #expect(try await tutors.count(TutorSearchFilter(includeUnlisted: true)) == 3)
        }
    }

    @Test func filtersBySubjectPriceLanguageRatingAndWeekday() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let mathematician = try await fixtures.tutor(rateCents: 3_000, rating: 4.8, languages: ["en", "fr"])
            let physicist = try await fixtures.tutor(rateCents: 8_000, rating: 3.9, languages: ["de"])
            try await fixtures.teach(mathematician, "mathematics")
            try await fixtures.teach(physicist, "physics")
            try await fixtures.available(mathematician, on: 1)
            try await fixtures.available(physicist, on: 6)
            let mathematics = try await fixtures.subjectID("mathematics")

            let cases: [(TutorSearchFilter, [Int64])] = [
                (TutorSearchFilter(subjectID: mathematics), [mathematician]),
                (TutorSearchFilter(subjectSlug: "physics"), [physicist]),
                (TutorSearchFilter(minPriceCents: 5_000), [physicist]),
                (TutorSearchFilter(maxPriceCents: 5_000), [mathematician]),
                (TutorSearchFilter(minPriceCents: 3_000, maxPriceCents: 8_000), [mathematician, physicist]),
                (TutorSearchFilter(language: "fr"), [mathematician]),
                (TutorSearchFilter(minRating: 4.5), [mathematician]),
                (TutorSearchFilter(availableOnWeekday: 6), [physicist]),
                (TutorSearchFilter(subjectSlug: "physics", availableOnWeekday: 1), []),
            ]
            for (filter, expected) in cases {
                let hits = try await fixtures.store.tutors.search(filter, order: .price, page: firstPage, after: nil)
                #expect(hits.map(\.tutor.id) == expected, "\(filter)")
                #expect(try await fixtures.store.tutors.count(filter) == expected.count, "\(filter)")
            }
        }
    }

    @Test func ordersByRatingPriceNewestAndRelevanceWithoutText() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let now = Date()
            let cheapOld = try await fixtures.tutor(rateCents: 2_000, rating: 4.0, createdAt: now.addingTimeInterval(-300))
            let dearNew = try await fixtures.tutor(rateCents: 9_000, rating: 4.9, createdAt: now)
            let middle = try await fixtures.tutor(rateCents: 5_000, rating: 3.5, createdAt: now.addingTimeInterval(-100))
            let expected: [TutorSearchOrder: [Int64]] = [
                .rating: [dearNew, cheapOld, middle],
                .relevance: [dearNew, cheapOld, middle],
                .price: [cheapOld, middle, dearNew],
                .newest: [dearNew, middle, cheapOld],
            ]
            for (order, ids) in expected {
                let hits = try await fixtures.store.tutors.search(TutorSearchFilter(), order: order, page: firstPage, after: nil)
                #expect(hits.map(\.tutor.id) == ids, "\(order)")
            }
        }
    }

    @Test(arguments: TutorSearchOrder.allCases)
    func pagesForwardAndBackwardWithoutDuplicatesOrGapsWhileTutorsArrive(order: TutorSearchOrder) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            var original: [Int64] = []
            for index in 0..<12 {
                // Pairs share rate and rating, so the ID tie-breaker decides between them.
                original.append(
                    try await fixtures.tutor(
                        title: "Chess coach", bio: index.isMultiple(of: 3) ? "chess openings and chess endgames" : "chess",
                        rateCents: 1_000 * (index / 2 + 1), rating: Double(index / 2) / 2))
            }
            let filter = TutorSearchFilter(search: "chess")
            let tutors = fixtures.store.tutors
            var seen: [Int64] = []
            var position: TutorListingPosition?
            var arrivals: [Int64] = []
            repeat {
                let rows = try await tutors.search(
                    filter, order: order, page: KeysetPage(direction: .forward, limit: 5), after: position)
                let page = Array(rows.prefix(5))
                seen += page.map(\.tutor.id)
                position = rows.count > 5 ? page.last?.position : nil
                arrivals.append(try await fixtures.tutor(title: "Chess coach", bio: "chess", rateCents: 500, rating: 5))
            } while position != nil
            let seenOriginals = seen.filter(original.contains)
            #expect(Set(seenOriginals) == Set(original))
            #expect(seen.count == Set(seen).count)

            let everything = try await tutors.search(
                filter, order: order, page: KeysetPage(direction: .forward, limit: 100), after: nil)
            let full = everything.map(\.tutor.id)
            var backward: [Int64] = []
            var before: TutorListingPosition?
            repeat {
                let rows = try await tutors.search(
                    filter, order: order, page: KeysetPage(direction: .backward, limit: 4), after: before)
                let page = Array(rows.prefix(4))
                backward = page.reversed().map(\.tutor.id) + backward
                before = rows.count > 4 ? page.last?.position : nil
            } while before != nil
            #expect(backward == full)
            #expect(full.count == original.count + arrivals.count)
        }
    }
}
