import Foundation

/// The seed's notion of time: everything is placed relative to one instant, so a run is reproducible apart
/// from when it happens, and booking slots fall on whole hours.
struct DemoClock: Sendable {
    /// The instant the data is seeded at.
    let now: Date
    /// `now` rounded down to the hour: the grid bookings start on.
    let hour: Date

    init(now: Date) {
        self.now = now
        hour = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600)
    }

    /// `now` moved by a number of days (negative for the past).
    func days(_ days: Double) -> Date { now.addingTimeInterval(days * 86_400) }
}

extension TimeInterval {
    static func minutes(_ minutes: Double) -> TimeInterval { minutes * 60 }
    static func hours(_ hours: Double) -> TimeInterval { hours * 3_600 }
    static func days(_ days: Double) -> TimeInterval { days * 86_400 }
}
