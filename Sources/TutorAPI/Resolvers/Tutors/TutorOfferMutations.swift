import GraphQLEngine
import TutorStore

/// Pricing options, certifications and education: `save`/`add` and `remove` for each.
enum TutorOfferMutations {
    static func add(to mutation: inout ObjectResolvers<RootValue>) {
        TutorMutation.add("savePricingOption", to: &mutation, itemType: "PricingOption") { input, _ in
            let draft = try pricingDraft(input)
            return { store, userID in try await store.tutors.savePricingOption(userID: userID, draft) }
        }
        TutorMutation.add("removePricingOption", to: &mutation, itemType: "PricingOption") { input, context in
            let id = try input.id("id", as: .pricingOption)
            return { [now = context.now] store, userID in
                try await store.tutors.removePricingOption(userID: userID, optionID: id, now: now)
            }
        }
        TutorMutation.add("addCertification", to: &mutation) { input, _ in
            let certification = try newCertification(input)
            return { store, userID in try await store.tutors.addCertification(userID: userID, certification) }
        }
        TutorMutation.add("removeCertification", to: &mutation, itemType: "Certification") { input, context in
            let id = try input.id("id", as: .certification)
            return { [now = context.now] store, userID in
                try await store.tutors.removeCertification(userID: userID, certificationID: id, now: now)
            }
        }
        TutorMutation.add("addEducation", to: &mutation) { input, _ in
            let education = try newEducation(input)
            return { store, userID in try await store.tutors.addEducation(userID: userID, education) }
        }
        TutorMutation.add("removeEducation", to: &mutation, itemType: "Education") { input, context in
            let id = try input.id("id", as: .education)
            return { [now = context.now] store, userID in
                try await store.tutors.removeEducation(userID: userID, educationID: id, now: now)
            }
        }
    }

    /// Checks `SavePricingOptionInput`: only packages bundle 2–100 sessions and expire after 1–730 days.
    static func pricingDraft(_ input: InputReader) throws(APIError) -> PricingOptionDraft {
        let rules = TutorInputRules.self
        let id = input.string("id") == nil ? nil : try input.id("id", as: .pricingOption)
        let type = (input.string("type") ?? "SINGLE").lowercased()
        let isPackage = type == "package"
        let sessions = try rules.int(input, "sessionsIncluded", in: isPackage ? 2...100 : 1...1) ?? (isPackage ? 2 : 1)
        let validityDays = try rules.int(input, "validityDays", in: 1...730)
        if validityDays != nil, !isPackage {
            throw APIError.badInput("Only packages expire.", field: input.field("validityDays"))
        }
        return PricingOptionDraft(
            id: id, title: try rules.text(input, "title", limit: 200, required: true) ?? "",
            description: try rules.text(input, "description", limit: 2000) ?? "", pricingType: type,
            durationMinutes: try rules.int(input, "durationMinutes", in: 15...480) ?? 60,
            priceCents: Int64(try rules.int(input, "priceCents", in: 0...10_000_000) ?? 0), sessionsIncluded: sessions,
            validityDays: validityDays)
    }

    /// Checks `AddCertificationInput`: expiry after issue.
    static func newCertification(_ input: InputReader) throws(APIError) -> NewCertification {
        let rules = TutorInputRules.self
        let issuedOn = input.string("issuedOn")
        let expiresOn = input.string("expiresOn")
        if let issuedOn, let expiresOn, expiresOn <= issuedOn {
            throw APIError.badInput("expiresOn must be after issuedOn.", field: input.field("expiresOn"))
        }
        return NewCertification(
            name: try rules.text(input, "name", limit: 200, required: true) ?? "",
            issuingOrganization: try rules.text(input, "issuingOrganization", limit: 200, required: true) ?? "",
            issuedOn: issuedOn, expiresOn: expiresOn, credentialURL: try rules.url(input, "credentialUrl"))
    }

    /// Checks `AddEducationInput`: years 1900–2100, the end not before the start.
    static func newEducation(_ input: InputReader) throws(APIError) -> NewEducation {
        let rules = TutorInputRules.self
        let startYear = try rules.int(input, "startYear", in: 1900...2100)
        let endYear = try rules.int(input, "endYear", in: 1900...2100)
        if let startYear, let endYear, endYear < startYear {
            throw APIError.badInput("endYear must not be before startYear.", field: input.field("endYear"))
        }
        return NewEducation(
            institution: try rules.text(input, "institution", limit: 200, required: true) ?? "",
            degree: (input.string("degree") ?? "OTHER").lowercased(),
            fieldOfStudy: try rules.text(input, "fieldOfStudy", limit: 200) ?? "", startYear: startYear, endYear: endYear)
    }
}
