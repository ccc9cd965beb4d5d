import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

/// The tutor's own edits: each mutation works, refuses bad input naming the field, and only a tutor may act.
@Suite("Tutors: mutations")
struct TutorMutationTests {
    /// One valid call of every self-service mutation, for the authorization matrix.
    static let everyMutation: [String] = [
        #"mutation { updateTutorProfile(input: { title: "T" }) { tutor { id } } }"#,
        #"mutation { setTutorSubjects(input: { subjects: [] }) { tutor { id } } }"#,
        #"mutation { setAvailability(input: { slots: [] }) { tutor { id } } }"#,
        #"mutation { addBlackout(input: { startAt: "2099-01-01T00:00:00Z", endAt: "2099-01-02T00:00:00Z" }) { tutor { id } } }"#,
        #"mutation { removeBlackout(input: { id: "QmxhY2tvdXQ6MQ" }) { tutor { id } } }"#,
        #"mutation { savePricingOption(input: { title: "Hour", type: SINGLE, durationMinutes: 60, priceCents: 100 }) { tutor { id } } }"#,
        #"mutation { removePricingOption(input: { id: "UHJpY2luZ09wdGlvbjox" }) { tutor { id } } }"#,
        #"mutation { addCertification(input: { name: "CELTA", issuingOrganization: "Cambridge" }) { tutor { id } } }"#,
        #"mutation { removeCertification(input: { id: "Q2VydGlmaWNhdGlvbjox" }) { tutor { id } } }"#,
        #"mutation { addEducation(input: { institution: "MIT", degree: MASTER }) { tutor { id } } }"#,
        #"mutation { removeEducation(input: { id: "RWR1Y2F0aW9uOjE" }) { tutor { id } } }"#,
        #"mutation { submitTutorProfile { tutor { id } } }"#,
    ]

    @Test("anonymous viewers are UNAUTHENTICATED, students and admins FORBIDDEN, for every tutor mutation")
    func authorizationMatrix() async throws {
        try await APITestHarness.withHarness { harness in
            let student = try await harness.createUser(.student)
            let admin = try await harness.createUser(.admin)
            for mutation in Self.everyMutation {
                #expect(try await harness.execute(mutation).onlyErrorCode == .unauthenticated, "\(mutation)")
                #expect(try await harness.execute(mutation, as: student.viewer).onlyErrorCode == .forbidden, "\(mutation)")
                #expect(try await harness.execute(mutation, as: admin.viewer).onlyErrorCode == .forbidden, "\(mutation)")
            }
        }
    }

    @Test("remove mutations refuse an ID of another type, naming input.id", arguments: [
        "removeBlackout", "removePricingOption", "removeCertification", "removeEducation",
    ])
    func removeWithForeignID(mutation: String) async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await TutorAPIFixture(harness: harness).tutor()
            let subjectID = try await TutorAPIFixture(harness: harness).subjectGlobalID("physics")
            let response = try await harness.execute(
                "mutation($id: ID!) { \(mutation)(input: { id: $id }) { tutor { id } } }",
                variables: ["id": .string(subjectID)], as: tutor.viewer)
            #expect(response.onlyErrorCode == .badUserInput, "\(response.json)")
            #expect(response.errorField == "input.id")
        }
    }

    @Test("updateTutorProfile changes only the given fields and names bad ones")
    func updateProfile() async throws {
        try await APITestHarness.withHarness { harness in
            let tutor = try await TutorAPIFixture(harness: harness).tutor(title: "Old", bio: "Kept")
            let update =
                """
                    mutation($input: UpdateTutorProfileInput!) { updateTutorProfile(input: $input)
                    { tutor { title bio hourlyRate { amountCents } languages { code } } clientMutationId } }
                """
            let changed = try await harness.execute(
                update,
                variables: [
                    "input": .object([
                        "title": .string("New"), "hourlyRateCents": .int(6_000),
                        "languages": .list([.string("de")]), "clientMutationId": .string("m1"),
                    ])
                ],
                as: tutor.viewer)
            #expect(changed.result.errors.isEmpty, "\(changed.json)")
            #expect(changed.string("updateTutorProfile.tutor.title") == "New")
            #expect(changed.string("updateTutorProfile.tutor.bio") == "Kept")
            #expect(changed.value("updateTutorProfile.tutor.hourlyRate.amountCents") == .int(6_000))
            #expect(changed.string("updateTutorProfile.tutor.languages.0.code") == "de")
            #expect(changed.string("updateTutorProfile.clientMutationId") == "m1")

            let bad: [(ObjectValue, String)] = [
                (["title": .string(String(repeating: "x", count: 201))], "input.title"),
                (["hourlyRateCents": .int(-1)], "input.hourlyRateCents"),
                (["languages": .list([.string("zz")])], "input.languages"),
                (["currency": .string("ZZZ")], "input.currency"),
                (["timezone": .string("Mars/Olympus")], "input.timezone"),
                (["videoUrl": .string("ftp://x")], "input.videoUrl"),
            ]
            for (input, field) in bad {
                let response = try await harness.execute(update, variables: ["input": .object(input)], as: tutor.viewer)
                #expect(response.onlyErrorCode == .badUserInput, "\(field): \(response.json)")
                #expect(response.errorField == field)
            }
        }
    }

    @Test("setTutorSubjects and setAvailability replace the lists and refuse duplicates and overlaps")
    func subjectsAndAvailability() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let tutor = try await fixture.tutor()
            let maths = try await fixture.subjectGlobalID("mathematics")
            let physics = try await fixture.subjectGlobalID("physics")
            let setSubjects =
                """
                    mutation($input: SetTutorSubjectsInput!) { setTutorSubjects(input: $input)
                    { tutor { subjects { subject { slug } isPrimary } } } }
                """
            func subject(_ id: String, primary: Bool = false) -> Value {
                .object(["subjectId": .string(id), "proficiency": .string("C1"), "isPrimary": .bool(primary)])
            }
            let set = try await harness.execute(
                setSubjects, variables: ["input": .object(["subjects": .list([subject(physics), subject(maths, primary: true)])])],
                as: tutor.viewer)
            #expect(set.result.errors.isEmpty, "\(set.json)")
            #expect(set.string("setTutorSubjects.tutor.subjects.0.subject.slug") == "mathematics")
            let duplicate = try await harness.execute(
                setSubjects, variables: ["input": .object(["subjects": .list([subject(maths), subject(maths)])])], as: tutor.viewer)
            #expect(duplicate.errorField == "input.subjects[1].subjectId")
            let unknown = try await harness.execute(
                setSubjects,
                variables: ["input": .object(["subjects": .list([subject(maths), subject(GlobalID(.subject, 99_999).description)])])],
                as: tutor.viewer)
            #expect(unknown.errorField == "input.subjects[1].subjectId")

            let setAvailability =
                """
                    mutation($input: SetAvailabilityInput!) { setAvailability(input: $input)
                    { tutor { availability { dayOfWeek startTime endTime timezone } } } }
                """
            func slot(_ day: Int, _ start: String, _ end: String) -> Value {
                .object(["dayOfWeek": .int(day), "startTime": .string(start), "endTime": .string(end)])
            }
            let slots = try await harness.execute(
                setAvailability,
                variables: [
                    "input": .object([
                        "slots": .list([slot(1, "09:00", "12:00"), slot(1, "12:00", "13:00")]),
                        "timezone": .string("Europe/Paris"),
                    ])
                ],
                as: tutor.viewer)
            #expect(slots.result.errors.isEmpty, "\(slots.json)")
            #expect(slots.string("setAvailability.tutor.availability.1.startTime") == "12:00")
            #expect(slots.string("setAvailability.tutor.availability.0.timezone") == "Europe/Paris")
            let overlapping = try await harness.execute(
                setAvailability, variables: ["input": .object(["slots": .list([slot(1, "09:00", "12:00"), slot(1, "11:00", "13:00")])])],
                as: tutor.viewer)
            #expect(overlapping.errorField == "input.slots[1].startTime")
            let backwards = try await harness.execute(
                setAvailability, variables: ["input": .object(["slots": .list([slot(7, "09:00", "12:00")])])], as: tutor.viewer)
            #expect(backwards.errorField == "input.slots[0].dayOfWeek")
        }
    }

    @Test("blackouts, pricing options, certifications and education: add, remove, and only one's own")
    func ownLists() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let tutor = try await fixture.tutor()
            let other = try await fixture.tutor()
            let start = harness.clock.now().addingTimeInterval(86_400)
            let blackout = try await harness.execute(
                "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { tutor { blackouts { id reason } } } }",
                variables: [
                    "input": .object([
                        "startAt": .string(Self.text(start)), "endAt": .string(Self.text(start.addingTimeInterval(3_600))),
                        "reason": .string("Dentist"),
                    ])
                ],
                as: tutor.viewer)
            #expect(blackout.string("addBlackout.tutor.blackouts.0.reason") == "Dentist")
            let blackoutID = try #require(blackout.string("addBlackout.tutor.blackouts.0.id"))
            let overlap = try await harness.execute(
                "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { tutor { id } } }",
                variables: [
                    "input": .object(["startAt": .string(Self.text(start)), "endAt": .string(Self.text(start.addingTimeInterval(60)))])
                ],
                as: tutor.viewer)
            #expect(overlap.onlyErrorCode == .conflict)
            let reversed = try await harness.execute(
                "mutation($input: AddBlackoutInput!) { addBlackout(input: $input) { tutor { id } } }",
                variables: [
                    "input": .object(["startAt": .string(Self.text(start)), "endAt": .string(Self.text(start.addingTimeInterval(-60)))])
                ],
                as: tutor.viewer)
            #expect(reversed.errorField == "input.endAt")

            let remove = "mutation($id: ID!) { removeBlackout(input: { id: $id }) { tutor { blackouts { id } } } }"
            #expect(try await harness.execute(remove, variables: ["id": .string(blackoutID)], as: other.viewer).onlyErrorCode == .notFound)
            let removed = try await harness.execute(remove, variables: ["id": .string(blackoutID)], as: tutor.viewer)
            #expect(removed.value("removeBlackout.tutor.blackouts") == .list([]))

            let save =
                """
                    mutation($input: SavePricingOptionInput!) { savePricingOption(input: $input)
                    { tutor { pricingOptions { id title priceCents sessionsIncluded } } } }
                """
            let package: ObjectValue = [
                "title": .string("Ten hours"), "type": .string("PACKAGE"), "durationMinutes": .int(60),
                "priceCents": .int(40_000), "sessionsIncluded": .int(10), "validityDays": .int(180),
            ]
            let saved = try await harness.execute(save, variables: ["input": .object(package)], as: tutor.viewer)
            #expect(saved.value("savePricingOption.tutor.pricingOptions.0.sessionsIncluded") == .int(10), "\(saved.json)")
            let optionID = try #require(saved.string("savePricingOption.tutor.pricingOptions.0.id"))
            var renamed = package
            renamed["id"] = .string(optionID)
            renamed["title"] = .string("Ten lessons")
            let updated = try await harness.execute(save, variables: ["input": .object(renamed)], as: tutor.viewer)
            #expect(updated.string("savePricingOption.tutor.pricingOptions.0.title") == "Ten lessons")
            #expect(try await harness.execute(save, variables: ["input": .object(renamed)], as: other.viewer).onlyErrorCode == .notFound)
            var tooShort = package
            tooShort["durationMinutes"] = .int(10)
            #expect(
                try await harness.execute(save, variables: ["input": .object(tooShort)], as: tutor.viewer).errorField
                    == "input.durationMinutes")
            var singleThatExpires = package
            singleThatExpires["type"] = .string("SINGLE")
            singleThatExpires["sessionsIncluded"] = .int(1)
            #expect(
                try await harness.execute(save, variables: ["input": .object(singleThatExpires)], as: tutor.viewer).errorField
                    == "input.validityDays")
            let withdrawn = try await harness.execute(
                "mutation($id: ID!) { removePricingOption(input: { id: $id }) { tutor { pricingOptions { id } } } }",
                variables: ["id": .string(optionID)], as: tutor.viewer)
            #expect(withdrawn.value("removePricingOption.tutor.pricingOptions") == .list([]))
            #expect(
                try await harness.scalar("SELECT count(*)::int8 FROM tutor_pricing_options WHERE deleted_at IS NOT NULL", as: Int64.self)
                    == 1)

            let certification = try await harness.execute(
                #"""
                    mutation { addCertification(input: { name: "CELTA", issuingOrganization: "Cambridge", issuedOn: "2020-05-01" })
                    { tutor { certifications { id name issuedOn verificationStatus } } } }
                """#,
                as: tutor.viewer)
            #expect(
                certification.string("addCertification.tutor.certifications.0.verificationStatus") == "PENDING", "\(certification.json)")
            let badCertification = try await harness.execute(
                #"""
                    mutation { addCertification(input: {
                      name: "CELTA", issuingOrganization: "Cambridge", issuedOn: "2020-05-01", expiresOn: "2019-01-01" })
                    { tutor { id } } }
                """#,
                as: tutor.viewer)
            #expect(badCertification.errorField == "input.expiresOn")
            let certificationID = try #require(certification.string("addCertification.tutor.certifications.0.id"))
            let uncertified = try await harness.execute(
                "mutation($id: ID!) { removeCertification(input: { id: $id }) { tutor { certifications { id } } } }",
                variables: ["id": .string(certificationID)], as: tutor.viewer)
            #expect(uncertified.value("removeCertification.tutor.certifications") == .list([]))

            let education = try await harness.execute(
                #"""
                    mutation { addEducation(input: { institution: "MIT", degree: MASTER, startYear: 2010, endYear: 2012 })
                    { tutor { education { id degree } } } }
                """#,
                as: tutor.viewer)
            #expect(education.string("addEducation.tutor.education.0.degree") == "MASTER")
            let badEducation = try await harness.execute(
                #"""
                    mutation { addEducation(input: { institution: "MIT", degree: MASTER, startYear: 2012, endYear: 2010 })
                    { tutor { id } } }
                """#,
                as: tutor.viewer)
            #expect(badEducation.errorField == "input.endYear")
            let educationID = try #require(education.string("addEducation.tutor.education.0.id"))
            #expect(
                try await harness.execute(
                    "mutation($id: ID!) { removeEducation(input: { id: $id }) { tutor { id } } }",
                    variables: ["id": .string(educationID)], as: other.viewer
                ).onlyErrorCode == .notFound)
        }
    }

    @Test("submitTutorProfile needs title, bio, a subject and a rate, then queues the profile for approval once")
    func submit() async throws {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let tutor = try await fixture.tutor(title: "", status: "incomplete")
            let submit = "mutation { submitTutorProfile(input: { clientMutationId: \"s\" }) { tutor { profileStatus } clientMutationId } }"
            let untitled = try await harness.execute(submit, as: tutor.viewer)
            #expect(untitled.onlyErrorCode == .badUserInput)
            #expect(untitled.errorField == "title")
            _ = try await harness.execute(#"mutation { updateTutorProfile(input: { title: "Maths" }) { tutor { id } } }"#, as: tutor.viewer)
            #expect(try await harness.execute(submit, as: tutor.viewer).errorField == "subjects")
            try await fixture.teach(tutor, "mathematics")
            let submitted = try await harness.execute(submit, as: tutor.viewer)
            #expect(submitted.string("submitTutorProfile.tutor.profileStatus") == "PENDING_APPROVAL", "\(submitted.json)")
            #expect(submitted.string("submitTutorProfile.clientMutationId") == "s")
            #expect(try await harness.execute(submit, as: tutor.viewer).onlyErrorCode == .conflict)
            #expect(
                try await harness.scalar("SELECT count(*)::int8 FROM tutor_approval_requests WHERE status = 'pending'", as: Int64.self) == 1
            )
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM outbox WHERE topic = 'tutor.submitted'", as: Int64.self) == 1)
        }
    }

    /// `date` as the `DateTime` text clients send.
    static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
