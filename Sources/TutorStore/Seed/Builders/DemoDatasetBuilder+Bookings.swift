import Foundation

extension DemoDatasetBuilder {
    /// Places the 1,000 bookings: every scenario's quota, each on a free slot of one of the pairs, weighted by
    /// how often the pair books; states and histories are played out afterwards.
    mutating func addBookings() {
        var calendars = dataset.tutors.indices.map { tutor in
            TutorCalendar(
                timezone: dataset.tutors[tutor].timezone,
                windows: dataset.availability.filter { $0.tutor == tutor },
                blackouts: dataset.blackouts.filter { $0.tutor == tutor }
            )
        }
        let weightedPairs = dataset.relationships.indices.flatMap { pair in
            Array(repeating: pair, count: dataset.relationships[pair].intensity)
        }
        for scenario in BookingScenario.all {
            for _ in 0..<scenario.count {
                guard let booking = place(scenario, pairs: weightedPairs, calendars: &calendars) else {
                    preconditionFailure("no free slot for a \(scenario.name) booking")
                }
                dataset.bookings.append(booking)
            }
        }
    }

    /// One booking of `scenario` on a free slot, trying random pairs and days until one fits.
    private mutating func place(_ scenario: BookingScenario, pairs: [Int], calendars: inout [TutorCalendar]) -> DemoBooking? {
        for _ in 0..<500 {
            let pairIndex = random.pick(pairs)
            let pair = dataset.relationships[pairIndex]
            let tutor = dataset.tutors[pair.tutor]
            let timing = resolvedTiming(scenario.timing)
            let isPast = timing == .past || timing == .recentPast
            guard isPast || tutor.isBookable, !(scenario.needsManualConfirmation && tutor.autoConfirm) else { continue }
            let option = lessonOption(tutor: pair.tutor)
            let minutes = dataset.pricingOptions[option].durationMinutes
            guard let start = slotStart(timing, calendar: calendars[pair.tutor], minutes: minutes) else { continue }
            let end = start.addingTimeInterval(.minutes(Double(minutes)))
            guard calendars[pair.tutor].isFree(start, end) else { continue }
            calendars[pair.tutor].reserve(start, end)
            return DemoBooking(
                relationship: pairIndex,
                tutor: pair.tutor, student: pair.student, subject: pair.subject, pricingOption: option, package: nil,
                start: start, end: end, createdAt: creationTime(scenario, timing: timing, start: start),
                notesFromStudent: random.pick(OperationalPhrases.studentNotes), scenario: scenario
            )
        }
        return nil
    }

    private mutating func resolvedTiming(_ timing: BookingScenario.Timing) -> BookingScenario.Timing {
        guard timing == .anytime else { return timing }
        return random.chance(0.5) ? .past : .upcoming
    }

    /// Mostly the 60-minute lesson; sometimes the 90-minute one or the trial when the tutor offers them.
    private mutating func lessonOption(tutor: Int) -> Int {
        let options = dataset.pricingOptions.indices.filter {
            dataset.pricingOptions[$0].tutor == tutor && dataset.pricingOptions[$0].type != "package"
        }
        let standard = options.first { dataset.pricingOptions[$0].durationMinutes == 60 } ?? options[0]
        return random.chance(0.75) ? standard : random.pick(options)
    }

    /// A start fitting the timing: within 30 days ahead, within 90 (or 25) days back and over an hour ago, or
    /// the current hour for a running session.
    private mutating func slotStart(_ timing: BookingScenario.Timing, calendar: TutorCalendar, minutes: Int) -> Date? {
        let duration = TimeInterval.minutes(Double(minutes))
        switch timing {
        case .current:
            return clock.hour
        case .upcoming:
            guard let start = calendar.candidateStart(dayOffset: random.int(0...29), from: clock.now, minutes: minutes, random: &random),
                start > clock.now.addingTimeInterval(.hours(2))
            else { return nil }
            return start
        case .past, .recentPast, .anytime:
            let earliest = timing == .recentPast ? -25 : -89
            guard let start = calendar.candidateStart(dayOffset: random.int(earliest...0), from: clock.now, minutes: minutes, random: &random),
                start.addingTimeInterval(duration) < clock.now.addingTimeInterval(-.hours(1)),
                start > clock.days(Double(earliest) - 0.5)
            else { return nil }
            return start
        }
    }

    /// When the student asked: open requests within the last day (older ones expire), upcoming sessions within
    /// the last week, past ones a few days before they started.
    private mutating func creationTime(_ scenario: BookingScenario, timing: BookingScenario.Timing, start: Date) -> Date {
        if scenario.operations.isEmpty {
            return clock.now.addingTimeInterval(-.minutes(Double(random.int(30...1_300))))
        }
        switch timing {
        case .upcoming:
            return clock.now.addingTimeInterval(-.hours(Double(random.int(48...190))))
        default:
            return start.addingTimeInterval(-.hours(Double(random.int(48...290))))
        }
    }
}
