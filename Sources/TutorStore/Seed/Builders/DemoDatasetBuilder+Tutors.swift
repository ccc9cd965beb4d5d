import Foundation
import TutorDomain

extension DemoDatasetBuilder {
    /// The user index of tutor number `number` (1-based, as in `tutorN@example.com`).
    static func tutorUser(_ number: Int) -> Int { 1 + number }

    /// 50 tutor profiles: most approved, three pending approval, one rejected, one incomplete, and one archived
    /// and soft-deleted; each with subjects, credentials, availability, blackouts and pricing.
    mutating func addTutors() {
        for number in 1...Self.tutorCount {
            let tutor = dataset.tutors.count
            let user = dataset.users[Self.tutorUser(number)]
            let status = Self.profileStatus(tutorNumber: number)
            let taught = random.sample(subjects, count: random.int(1...min(4, subjects.count)))
            for (position, subject) in taught.enumerated() {
                dataset.tutorSubjects.append(
                    DemoTutorSubject(
                        tutor: tutor, subjectID: subject.id, proficiency: random.pick(["Native", "C2", "C2", "C1"]),
                        yearsExperience: random.int(1...20), isPrimary: position == 0
                    )
                )
            }
            dataset.tutors.append(profile(user: user, userIndex: Self.tutorUser(number), status: status, taught: taught))
            addCredentials(tutor: tutor, taught: taught)
            addSchedule(tutor: tutor, timezone: user.timezone)
            addPricingOptions(tutor: tutor, hourlyRateCents: dataset.tutors[tutor].hourlyRateCents)
            addApprovalRequest(tutor: tutor)
        }
    }

    private static func profileStatus(tutorNumber: Int) -> String {
        switch tutorNumber {
        case 45...47: "pending_approval"
        case 48: "rejected"
        case 49: "incomplete"
        case 50: "archived"
        default: "approved"
        }
    }

    private mutating func profile(user: DemoUser, userIndex: Int, status: String, taught: [DemoSubject]) -> DemoTutor {
        let primary = taught[0]
        let content = SubjectContent.forSubject(slug: primary.slug, name: primary.name)
        let topics = random.sample(content.topics, count: 3)
        let names = taught.map(\.name)
        let subjectList = names.count == 1
            ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        let complete = status != "incomplete"
        let bio = """
            Hi, I'm \(user.firstName). I have been teaching \(subjectList) \(random.pick(ProfilePhrases.backgrounds)). \
            \(random.pick(ProfilePhrases.approaches)) In my \(primary.name) lessons we cover \(topics[0]), \
            \(topics[1]) and \(topics[2]).
            """
        let description = """
            \(random.pick(ProfilePhrases.lessonFormats)) I teach \(subjectList) to school, university and adult \
            learners. \(random.pick(ProfilePhrases.closings))
            """
        let createdAt = user.createdAt.addingTimeInterval(.days(1))
        let wasApproved = status == "approved" || status == "archived"
        let languageSubjects = ["english": "en", "spanish": "es", "french": "fr"]
        var languages = ["en"] + taught.compactMap { languageSubjects[$0.slug] }
        if random.chance(0.4) { languages.append(random.pick(["de", "it", "pt", "zh", "ar", "hi", "ja", "nl", "ru"])) }
        var badges = wasApproved ? random.sample(["verified", "background_checked", "experienced", "quick_responder"], count: random.int(0...3)) : []
        if wasApproved, taught.contains(where: { languageSubjects[$0.slug] != nil }) { badges.append("native_speaker") }
        return DemoTutor(
            user: userIndex,
            title: random.pick(content.titles),
            headline: complete ? "\(random.pick(ProfilePhrases.headlineOpeners)) \(primary.name) lessons: \(topics[0]) and \(topics[1])" : "",
            bio: complete ? bio : "",
            description: complete ? description : "",
            hourlyRateCents: random.int(5...19) * 500,
            languages: languages.reduce(into: []) { unique, code in if !unique.contains(code) { unique.append(code) } },
            badges: badges.sorted(),
            experienceYears: random.int(1...25),
            videoURL: random.chance(0.5) ? "https://videos.\(Self.emailDomain)/intro/\(user.email.prefix { $0 != "@" }).mp4" : nil,
            timezone: user.timezone,
            status: status,
            autoConfirm: wasApproved && random.chance(0.25),
            approvedAt: wasApproved ? createdAt.addingTimeInterval(.days(Double(random.int(2...10)))) : nil,
            rejectionReason: status == "rejected" ? random.pick(ProfilePhrases.rejectionReasons) : nil,
            createdAt: createdAt,
            deletedAt: status == "archived" ? clock.days(-10) : nil,
            earningsBeforeDemoCents: earningsBeforeDemo()
        )
    }

    /// Spreads tutors over the three fee tiers (20 %, 15 % from $1,000, 10 % from $5,000 earned).
    private mutating func earningsBeforeDemo() -> Int {
        switch random.int(1...10) {
        case 1...2: random.int(500_000...2_000_000)
        case 3...5: random.int(100_000...499_999)
        default: random.int(0...95_000)
        }
    }

    private mutating func addCredentials(tutor: Int, taught: [DemoSubject]) {
        let primary = taught[0]
        let content = SubjectContent.forSubject(slug: primary.slug, name: primary.name)
        for certificate in random.sample(content.certifications, count: random.int(1...2)) {
            let issuedOn = clock.days(-Double(random.int(200...3_000)))
            let status = random.pick(["verified", "verified", "verified", "pending"])
            dataset.certifications.append(
                DemoCertification(
                    tutor: tutor, name: certificate.name, organization: certificate.organization, issuedOn: issuedOn,
                    expiresOn: random.chance(0.3) ? issuedOn.addingTimeInterval(.days(5 * 365)) : nil,
                    verificationStatus: status, verifiedAt: status == "verified" ? issuedOn.addingTimeInterval(.days(30)) : nil
                )
            )
        }
        let graduated = Calendar(identifier: .gregorian).component(.year, from: clock.now) - random.int(3...25)
        dataset.education.append(
            DemoEducation(
                tutor: tutor, institution: random.pick(ProfilePhrases.institutions), degree: "bachelor",
                fieldOfStudy: content.fieldOfStudy, startYear: graduated - 3, endYear: graduated,
                verificationStatus: "verified"
            )
        )
        if random.chance(0.5) {
            let degree = random.pick(["master", "master", "doctorate"])
            dataset.education.append(
                DemoEducation(
                    tutor: tutor, institution: random.pick(ProfilePhrases.institutions), degree: degree,
                    fieldOfStudy: content.fieldOfStudy, startYear: graduated + 1,
                    endYear: graduated + (degree == "master" ? 2 : 5), verificationStatus: random.pick(["verified", "pending"])
                )
            )
        }
    }

    /// Three to six teaching days with one or two windows each, a past holiday and an upcoming one.
    private mutating func addSchedule(tutor: Int, timezone: String) {
        let windows = [(8 * 60, 12 * 60), (13 * 60, 18 * 60), (17 * 60, 21 * 60), (9 * 60, 17 * 60)]
        for day in random.sample(Array(0...6), count: random.int(3...6)).sorted() {
            let first = random.int(0...windows.count - 1)
            var chosen = [windows[first]]
            if first == 0, random.chance(0.4) { chosen.append(windows[2]) }
            for (start, end) in chosen {
                dataset.availability.append(
                    DemoAvailability(tutor: tutor, dayOfWeek: day, startMinute: start, endMinute: end, timezone: timezone)
                )
            }
        }
        let pastStart = clock.days(-Double(random.int(40...70)))
        dataset.blackouts.append(
            DemoBlackout(tutor: tutor, start: pastStart, end: pastStart.addingTimeInterval(.days(Double(random.int(3...7)))),
                         reason: random.pick(ProfilePhrases.blackoutReasons))
        )
        if random.chance(0.6) {
            let futureStart = clock.days(Double(random.int(12...24)))
            dataset.blackouts.append(
                DemoBlackout(tutor: tutor, start: futureStart, end: futureStart.addingTimeInterval(.days(Double(random.int(2...5)))),
                             reason: random.pick(ProfilePhrases.blackoutReasons))
            )
        }
    }

    /// A 60-minute single lesson always, then a 90-minute lesson, a trial and a package by chance, at least two.
    private mutating func addPricingOptions(tutor: Int, hourlyRateCents rate: Int) {
        var options = [
            DemoPricingOption(
                tutor: tutor, title: "60-minute lesson", description: "One full lesson.", type: "single",
                durationMinutes: 60, priceCents: rate, sessionsIncluded: 1, validityDays: nil, sortOrder: 0
            )
        ]
        if random.chance(0.3) {
            options.append(
                DemoPricingOption(
                    tutor: tutor, title: "90-minute deep dive", description: "Longer lesson for exam preparation.",
                    type: "single", durationMinutes: 90,
                    priceCents: PlatformFeePolicy.sessionPrice(hourlyRateCents: rate, minutes: 90),
                    sessionsIncluded: 1, validityDays: nil, sortOrder: 1
                )
            )
        }
        if options.count == 1 || random.chance(0.6) {
            options.append(
                DemoPricingOption(
                    tutor: tutor, title: "Trial lesson", description: "30 minutes to meet and plan your goals.",
                    type: "trial", durationMinutes: 30,
                    priceCents: PlatformFeePolicy.sessionPrice(hourlyRateCents: rate, minutes: 30) / 2,
                    sessionsIncluded: 1, validityDays: nil, sortOrder: 2
                )
            )
        }
        if random.chance(0.7) {
            let sessions = random.pick([5, 10])
            options.append(
                DemoPricingOption(
                    tutor: tutor, title: "\(sessions)-lesson package",
                    description: "\(sessions) lessons of 60 minutes at 10 % off.", type: "package", durationMinutes: 60,
                    priceCents: rate * sessions * 9 / 10, sessionsIncluded: sessions,
                    validityDays: sessions == 5 ? 90 : 180, sortOrder: 3
                )
            )
        }
        dataset.pricingOptions.append(contentsOf: options)
    }

    private mutating func addApprovalRequest(tutor: Int) {
        let profile = dataset.tutors[tutor]
        let submittedAt = profile.createdAt.addingTimeInterval(.days(1))
        let request: DemoApprovalRequest? = switch profile.status {
        case "approved", "archived":
            DemoApprovalRequest(tutor: tutor, status: "approved", submittedAt: submittedAt, reviewedAt: profile.approvedAt,
                                notes: "Credentials checked.")
        case "pending_approval":
            DemoApprovalRequest(tutor: tutor, status: "pending", submittedAt: clock.days(-Double(random.int(1...5))),
                                reviewedAt: nil, notes: "")
        case "rejected":
            DemoApprovalRequest(tutor: tutor, status: "rejected", submittedAt: submittedAt,
                                reviewedAt: submittedAt.addingTimeInterval(.days(2)), notes: profile.rejectionReason ?? "")
        default:
            nil
        }
        if let request { dataset.approvalRequests.append(request) }
    }
}
