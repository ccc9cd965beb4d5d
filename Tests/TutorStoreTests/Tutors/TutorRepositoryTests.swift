import Foundation
import Testing
import TutorStore
import TutorTestSupport

/// Batch reads (every key answered, in one statement) and the tutor's own writes, against real PostgreSQL.
@Suite struct TutorRepositoryTests {
    @Test func batchReadsAnswerEveryTutorInOneStatementEach() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let busy = try await fixtures.tutor()
            let idle = try await fixtures.tutor()
            try await fixtures.teach(busy, "physics")
            try await fixtures.teach(busy, "mathematics")
            try await fixtures.pricing(busy, priceCents: 4_000, sortOrder: 2)
            try await fixtures.pricing(busy, priceCents: 3_000, sortOrder: 1)
            try await fixtures.pricing(busy, priceCents: 9_900, active: false)
            let student = try await fixtures.student()
            try await fixtures.review(busy, by: student, rating: 5, daysAgo: 3)
            try await fixtures.review(busy, by: student, rating: 3, daysAgo: 2)
            let tutors = fixtures.store.tutors

            let (subjects, statements) = try await StatementCounter.counting {
                try await tutors.subjects(forTutorIDs: [busy, idle])
            }
            #expect(statements == 1)
            #expect(subjects[busy]?.count == 2)
            #expect(subjects[idle] == [])
            let prices = try await tutors.activePricingOptions(forTutorIDs: [busy, idle])
            #expect(prices[busy]?.map(\.priceCents) == [3_000, 4_000])
            #expect(prices[idle] == [])
            let stats = try await tutors.stats(forTutorIDs: [busy, idle])
            #expect(stats[busy]?.completedSessions == 2)
            #expect(stats[busy]?.totalStudents == 1)
            #expect(stats[busy]?.averageRating == 4)
            #expect(stats[busy]?.ratingDistribution == [1, 0, 1, 0, 0])
            #expect(stats[idle]?.totalReviews == 0)
            let byUser = try await tutors.profiles(forUserIDs: [try await fixtures.userID(ofTutor: busy)])
            #expect(byUser.values.map(\.id) == [busy])
        }
    }

    @Test func updatesOnlyTheGivenFieldsAndRefusesUnknownLanguages() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let tutor = try await fixtures.tutor(title: "Old title", bio: "Kept bio", status: "incomplete")
            let userID = try await fixtures.userID(ofTutor: tutor)
            var changes = TutorProfileChanges()
            changes.title = "New title"
            changes.languages = ["en", "es"]
            let updated = try await fixtures.store.tutors.updateProfile(userID: userID, changes: changes)
            #expect(updated.title == "New title")
            #expect(updated.bio == "Kept bio")
            #expect(updated.languages == ["en", "es"])

            changes.languages = ["en", "xx"]
            await #expect(throws: TutorWriteError.unknownLanguages(["xx"])) {
                try await fixtures.store.tutors.updateProfile(userID: userID, changes: changes)
            }
            var currency = TutorProfileChanges()
            currency.currency = "XXX"
            await #expect(throws: TutorWriteError.unknownCurrency) {
                try await fixtures.store.tutors.updateProfile(userID: userID, changes: currency)
            }
        }
    }

    @Test func submitsOnlyACompleteProfileOnce() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let tutor = try await fixtures.tutor(title: "Maths", bio: "", status: "incomplete")
            let userID = try await fixtures.userID(ofTutor: tutor)
            let tutors = fixtures.store.tutors
            await #expect(throws: TutorWriteError.incompleteProfile(missing: "bio")) {
                try await tutors.submitForApproval(userID: userID, now: Date())
            }
            var bio = TutorProfileChanges()
            bio.bio = "Patient and clear."
            _ = try await tutors.updateProfile(userID: userID, changes: bio)
            await #expect(throws: TutorWriteError.incompleteProfile(missing: "subjects")) {
                try await tutors.submitForApproval(userID: userID, now: Date())
            }
            try await fixtures.teach(tutor, "mathematics")
            let submitted = try await tutors.submitForApproval(userID: userID, now: Date())
            #expect(submitted.profileStatus == "pending_approval")
            await #expect(throws: TutorWriteError.notSubmittable(status: "pending_approval")) {
                try await tutors.submitForApproval(userID: userID, now: Date())
            }
            let pending = try await tutors.pendingApproval(page: KeysetPage(direction: .forward, limit: 10), after: nil)
            #expect(pending.map(\.tutor.id) == [tutor])
            #expect(try await tutors.pendingApprovalCount() == 1)
        }
    }

    @Test func replacesSubjectsAndAvailabilityAndRefusesOverlappingBlackouts() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let tutor = try await fixtures.tutor()
            let userID = try await fixtures.userID(ofTutor: tutor)
            let tutors = fixtures.store.tutors
            let physics = try await fixtures.subjectID("physics")
            _ = try await tutors.setSubjects(
                userID: userID, [TutorSubjectChoice(subjectID: physics, proficiency: "C2", yearsExperience: nil, isPrimary: true)])
            await #expect(throws: TutorWriteError.unknownSubjects([999_999])) {
                try await tutors.setSubjects(
                    userID: userID, [TutorSubjectChoice(subjectID: 999_999, proficiency: "A1", yearsExperience: 2, isPrimary: false)])
            }
            #expect(try await tutors.subjects(forTutorIDs: [tutor])[tutor]?.map(\.subjectID) == [physics])

            _ = try await tutors.setAvailability(
                userID: userID,
                [
                    AvailabilityWindow(dayOfWeek: 2, startTime: "09:00", endTime: "10:30"),
                    AvailabilityWindow(dayOfWeek: 2, startTime: "14:00", endTime: "15:00"),
                ],
                timezone: "Europe/Paris")
            let slots = try await tutors.availability(forTutorIDs: [tutor])[tutor] ?? []
            #expect(slots.map(\.startTime) == ["09:00", "14:00"])
            #expect(slots.allSatisfy { $0.timezone == "Europe/Paris" })

            let start = Date().addingTimeInterval(86_400)
            _ = try await tutors.addBlackout(userID: userID, startAt: start, endAt: start.addingTimeInterval(7_200), reason: "")
            await #expect(throws: TutorWriteError.overlappingBlackout) {
                try await tutors.addBlackout(
                    userID: userID, startAt: start.addingTimeInterval(3_600), endAt: start.addingTimeInterval(10_800), reason: "")
            }
            #expect(try await tutors.upcomingBlackouts(forTutorIDs: [tutor], now: Date())[tutor]?.count == 1)
        }
    }

    @Test func softDeletesPricingOptionsOnlyOfTheirOwnTutor() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = TutorFixtures(client: client)
            let owner = try await fixtures.userID(ofTutor: try await fixtures.tutor())
            let other = try await fixtures.userID(ofTutor: try await fixtures.tutor())
            let tutors = fixtures.store.tutors
            let profile = try await tutors.savePricingOption(
                userID: owner,
                PricingOptionDraft(
                    id: nil, title: "Ten lessons", description: "", pricingType: "package", durationMinutes: 60,
                    priceCents: 40_000, sessionsIncluded: 10, validityDays: 180))
            let option = try #require(try await tutors.activePricingOptions(forTutorIDs: [profile.id])[profile.id]?.first)
            await #expect(throws: TutorWriteError.itemNotFound) {
                try await tutors.removePricingOption(userID: other, optionID: option.id, now: Date())
            }
            _ = try await tutors.removePricingOption(userID: owner, optionID: option.id, now: Date())
            #expect(try await tutors.activePricingOptions(forTutorIDs: [profile.id])[profile.id] == [])
            #expect(try await tutors.pricingOptions(ids: [option.id])[option.id]?.isActive == false)
        }
    }
}
