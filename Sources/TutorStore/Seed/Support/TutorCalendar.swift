import Foundation

/// One tutor's week and booked time: demo bookings land inside the weekly availability, outside blackouts, and
/// never overlap another booking of the tutor whatever its state, so the exclusion constraint cannot fire.
struct TutorCalendar {
    private let calendar: Calendar
    private let windows: [DemoAvailability]
    private let blackouts: [DemoBlackout]
    private var taken: [(start: Date, end: Date)] = []

    init(timezone: String, windows: [DemoAvailability], blackouts: [DemoBlackout]) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timezone) ?? .gmt
        self.calendar = calendar
        self.windows = windows
        self.blackouts = blackouts
    }

    /// A start on a whole or half hour inside one of the day's windows, `dayOffset` days from `now` in the
    /// tutor's time zone; nil when the tutor does not teach that weekday.
    func candidateStart(dayOffset: Int, from now: Date, minutes: Int, random: inout SeedRandom) -> Date? {
        let day = calendar.startOfDay(for: now.addingTimeInterval(.days(Double(dayOffset))))
        let weekday = calendar.component(.weekday, from: day) - 1
        let fitting = windows.filter { $0.dayOfWeek == weekday && $0.endMinute - $0.startMinute >= minutes }
        guard !fitting.isEmpty else { return nil }
        let window = random.pick(fitting)
        let halfHours = (window.endMinute - minutes - window.startMinute) / 30
        let minute = window.startMinute + 30 * random.int(0...halfHours)
        return day.addingTimeInterval(.minutes(Double(minute)))
    }

    /// Free of other bookings and blackouts.
    func isFree(_ start: Date, _ end: Date) -> Bool {
        !taken.contains { $0.start < end && start < $0.end } && !blackouts.contains { $0.start < end && start < $0.end }
    }

    mutating func reserve(_ start: Date, _ end: Date) {
        taken.append((start, end))
    }
}
