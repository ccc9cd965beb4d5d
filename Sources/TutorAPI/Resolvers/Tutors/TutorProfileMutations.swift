import GraphQLEngine
import TutorStore

/// `updateTutorProfile`, `setTutorSubjects` and `submitTutorProfile`.
enum TutorProfileMutations {
    /// The most subjects one tutor teaches.
    static let maximumSubjects = 20

    static func add(to mutation: inout ObjectResolvers<RootValue>) {
        TutorMutation.add("updateTutorProfile", to: &mutation) { input, _ in
            let changes = try profileChanges(input)
            return { store, userID in try await store.tutors.updateProfile(userID: userID, changes: changes) }
        }
        TutorMutation.add("setTutorSubjects", to: &mutation) { input, _ in
            let items = input.objects("subjects")
            let choices = try subjectChoices(items, field: input.field("subjects"))
            return { store, userID in
                do {
                    return try await store.tutors.setSubjects(userID: userID, choices)
                } catch TutorWriteError.unknownSubjects(let unknown) {
                    let index = choices.firstIndex { unknown.contains($0.subjectID) } ?? 0
                    throw APIError.badInput("No active subject has this ID.", field: items[index].field("subjectId"))
                }
            }
        }
        TutorMutation.add("submitTutorProfile", to: &mutation) { _, context in
            { [now = context.now] store, userID in try await store.tutors.submitForApproval(userID: userID, now: now) }
        }
    }

    /// Checks every given field of `UpdateTutorProfileInput`; absent and null ones stay unchanged.
    static func profileChanges(_ input: InputReader) throws(APIError) -> TutorProfileChanges {
        let rules = TutorInputRules.self
        var changes = TutorProfileChanges()
        changes.title = try rules.text(input, "title", limit: 200)
        changes.headline = try rules.text(input, "headline", limit: 300)
        changes.bio = try rules.text(input, "bio", limit: 5000)
        changes.description = try rules.text(input, "description", limit: 10000)
        changes.hourlyRateCents = try rules.int(input, "hourlyRateCents", in: 0...1_000_000).map(Int64.init)
        if let currency = input.string("currency") {
            changes.currency = try AccountInputRules.currency(currency, field: input.field("currency"))
        }
        if let languages = input.strings("languages") {
            var codes: [String] = []
            for (index, language) in languages.enumerated() {
                let code = try AccountInputRules.languageCode(language, field: "\(input.field("languages"))[\(index)]")
                if !codes.contains(code) { codes.append(code) }
            }
            changes.languages = codes
        }
        changes.experienceYears = try rules.int(input, "experienceYears", in: 0...80)
        changes.videoURL = try rules.url(input, "videoUrl")
        changes.timezone = try rules.timezone(input, "timezone")
        changes.autoConfirm = input.bool("autoConfirm")
        return changes
    }

    /// Checks `SetTutorSubjectsInput.subjects`: at most 20, each subject once, at most one primary.
    static func subjectChoices(_ items: [InputReader], field: String) throws(APIError) -> [TutorSubjectChoice] {
        guard items.count <= maximumSubjects else {
            throw APIError.badInput("Teach at most \(maximumSubjects) subjects.", field: field)
        }
        var choices: [TutorSubjectChoice] = []
        for item in items {
            let subjectID = try item.id("subjectId", as: .subject)
            guard !choices.contains(where: { $0.subjectID == subjectID }) else {
                throw APIError.badInput("Each subject may appear once.", field: item.field("subjectId"))
            }
            let isPrimary = item.bool("isPrimary") ?? false
            if isPrimary, choices.contains(where: \.isPrimary) {
                throw APIError.badInput("Only one subject can be primary.", field: item.field("isPrimary"))
            }
            choices.append(
                TutorSubjectChoice(
                    subjectID: subjectID, proficiency: proficiency(item.string("proficiency") ?? ""),
                    yearsExperience: try TutorInputRules.int(item, "yearsExperience", in: 0...80), isPrimary: isPrimary))
        }
        return choices
    }

    /// The stored spelling of a `Proficiency`: `Native`, or the CEFR level as is.
    private static func proficiency(_ name: String) -> String {
        name == "NATIVE" ? "Native" : name
    }
}
