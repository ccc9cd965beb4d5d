import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

/// A tutor from an empty profile to taking bookings, over HTTP: every profile, schedule and offer mutation, the
/// submission, an admin's rejection and approval, and a student's first booking inside the new availability.
@Suite("Tutor onboarding over HTTP")
struct TutorOnboardingHTTPTests {
    /// What each step reads back from a `TutorPayload`.
    static let tutorFields = """
        tutor {
          id title profileStatus isApproved rejectionReason hourlyRate { amountCents }
          subjects { proficiency } availability { dayOfWeek startTime endTime } blackouts { id }
          pricingOptions { id title } certifications { id name } education { id degree }
        }
        """

    @Test("a tutor fills in a profile, is rejected, resubmits, is approved and gets booked inside their hours")
    func fromEmptyProfileToFirstBooking() async throws {
        try await MarketplaceServer.run { server in
            let tutor = try await server.seedUser(.tutor)
            let admin = try await server.seedAdmin()
            let student = try await server.seedStudent()
            let edit: (String, String, ObjectValue) async throws -> MarketplaceResponse = { name, inputType, input in
                try await server.mutate(name, inputType, input, select: Self.tutorFields, token: tutor.token)
            }

            let profile = try await edit(
                "updateTutorProfile", "UpdateTutorProfileInput",
                [
                    "title": .string("Calculus, patiently"), "headline": .string("Ten years of exam prep"),
                    "bio": .string("I teach university calculus."), "hourlyRateCents": .int(4_500),
                    "languages": .list([.string("en")]),
                ])
            #expect(profile.int("updateTutorProfile.tutor.hourlyRate.amountCents") == 4_500, "\(profile)")
            #expect(profile.string("updateTutorProfile.tutor.profileStatus") == "INCOMPLETE")
            let tutorID = try #require(profile.string("updateTutorProfile.tutor.id"))

            let subjects = try await server.graphQL("{ subjects { id } }")
            let subjectID = try #require(subjects.string("subjects.0.id"), "\(subjects)")
            let taught = try await edit(
                "setTutorSubjects", "SetTutorSubjectsInput",
                ["subjects": .list([.object(["subjectId": .string(subjectID), "proficiency": .string("C2")])])])
            #expect(taught.string("setTutorSubjects.tutor.subjects.0.proficiency") == "C2", "\(taught)")

            let hours = try await edit(
                "setAvailability", "SetAvailabilityInput",
                [
                    "timezone": .string("UTC"),
                    "slots": .list(
                        (0...6).map { .object(["dayOfWeek": .int($0), "startTime": .string("06:00"), "endTime": .string("22:00")]) }),
                ])
            #expect(hours.value("setAvailability.tutor.availability")?.listValue?.count == 7, "\(hours)")

            let away = MarketplaceSlot(daysAhead: 30, atHourUTC: 8)
            let blackout = try await edit(
                "addBlackout", "AddBlackoutInput",
                ["startAt": .string(away.start.ISO8601Format()), "endAt": .string(away.end.ISO8601Format())])
            let blackoutID = try #require(blackout.string("addBlackout.tutor.blackouts.0.id"), "\(blackout)")
            let back = try await edit("removeBlackout", "RemoveItemInput", ["id": .string(blackoutID)])
            #expect(back.value("removeBlackout.tutor.blackouts")?.listValue?.isEmpty == true, "\(back)")

            let offer = try await edit(
                "savePricingOption", "SavePricingOptionInput",
                [
                    "title": .string("Trial hour"), "type": .string("TRIAL"), "durationMinutes": .int(60),
                    "priceCents": .int(2_000),
                ])
            let optionID = try #require(offer.string("savePricingOption.tutor.pricingOptions.0.id"), "\(offer)")
            let withdrawn = try await edit("removePricingOption", "RemoveItemInput", ["id": .string(optionID)])
            #expect(withdrawn.value("removePricingOption.tutor.pricingOptions")?.listValue?.isEmpty == true, "\(withdrawn)")

            let certified = try await edit(
                "addCertification", "AddCertificationInput",
                ["name": .string("CELTA"), "issuingOrganization": .string("Cambridge")])
            let certificationID = try #require(certified.string("addCertification.tutor.certifications.0.id"), "\(certified)")
            let uncertified = try await edit("removeCertification", "RemoveItemInput", ["id": .string(certificationID)])
            #expect(uncertified.value("removeCertification.tutor.certifications")?.listValue?.isEmpty == true)

            let educated = try await edit(
                "addEducation", "AddEducationInput",
                ["institution": .string("University of Porto"), "degree": .string("MASTER")])
            let educationID = try #require(educated.string("addEducation.tutor.education.0.id"), "\(educated)")
            let withoutEducation = try await edit("removeEducation", "RemoveItemInput", ["id": .string(educationID)])
            #expect(withoutEducation.value("removeEducation.tutor.education")?.listValue?.isEmpty == true)

            let submitted = try await server.graphQL(
                "mutation { submitTutorProfile { tutor { profileStatus } } }", token: tutor.token)
            #expect(submitted.string("submitTutorProfile.tutor.profileStatus") == "PENDING_APPROVAL", "\(submitted)")

            let pending = try await server.graphQL("{ pendingTutors(first: 10) { edges { node { id } } } }", token: admin.token)
            #expect(pending.string("pendingTutors.edges.0.node.id") == tutorID, "\(pending)")
            let rejected = try await server.mutate(
                "rejectTutor", "ReviewTutorInput", ["tutorId": .string(tutorID), "reason": .string("Add a photo.")],
                select: "tutor { profileStatus rejectionReason }", token: admin.token)
            #expect(rejected.string("rejectTutor.tutor.profileStatus") == "REJECTED", "\(rejected)")
            #expect(rejected.string("rejectTutor.tutor.rejectionReason") == "Add a photo.")

            let resubmitted = try await server.graphQL(
                "mutation { submitTutorProfile { tutor { profileStatus } } }", token: tutor.token)
            #expect(resubmitted.string("submitTutorProfile.tutor.profileStatus") == "PENDING_APPROVAL", "\(resubmitted)")
            let approved = try await server.mutate(
                "approveTutor", "ReviewTutorInput", ["tutorId": .string(tutorID)],
                select: "tutor { profileStatus isApproved }", token: admin.token)
            #expect(approved.string("approveTutor.tutor.profileStatus") == "APPROVED", "\(approved)")
            #expect(approved.value("approveTutor.tutor.isApproved") == .bool(true))
            #expect(
                try await server.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'tutor_profiles'", as: Int64.self)
                    == 2)

            let booking: ObjectValue = ["tutorId": .string(tutorID), "subjectId": .string(subjectID)]
            let inHours = try await server.mutate(
                "requestBooking", "RequestBookingInput",
                booking.merging(MarketplaceSlot(daysAhead: 3, atHourUTC: 10).inputFields),
                select: MarketplaceServer.bookingPayloadFields, token: student.token)
            #expect(inHours.string("requestBooking.booking.sessionState") == "REQUESTED", "\(inHours)")
            let atNight = try await server.mutate(
                "requestBooking", "RequestBookingInput",
                booking.merging(MarketplaceSlot(daysAhead: 3, atHourUTC: 3).inputFields),
                select: MarketplaceServer.bookingPayloadFields, token: student.token)
            #expect(atNight.onlyErrorCode == "BAD_USER_INPUT", "\(atNight)")
            #expect(atNight.errors.first?["extensions"]?["field"] == .string("input.startTime"))
        }
    }
}

extension ObjectValue {
    /// These fields with `other`'s added (replacing any of the same name).
    func merging(_ other: ObjectValue) -> ObjectValue {
        var merged = self
        for entry in other { merged[entry.key] = entry.value }
        return merged
    }
}
