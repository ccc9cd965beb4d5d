/// Proleptic Gregorian calendar arithmetic on UTC instants, without Foundation, for the date and
/// date-time scalars: parsing, validating and normalising RFC 3339 text.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    var millisecond = 0

    static let millisecondsPerDay: Int64 = 86_400_000

    /// Whether the day exists in that month of that year.
    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func isLeapYear(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthIndex = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * monthIndex + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The UTC calendar fields of an instant given in milliseconds since the epoch.
    init(epochMilliseconds: Int64) {
        var days = epochMilliseconds / Self.millisecondsPerDay
        var remainder = epochMilliseconds % Self.millisecondsPerDay
        if remainder < 0 {
            remainder += Self.millisecondsPerDay
            days -= 1
        }
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        hour = Int(remainder / 3_600_000)
        minute = Int(remainder / 60_000 % 60)
        second = Int(remainder / 1000 % 60)
        millisecond = Int(remainder % 1000)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    var epochMilliseconds: Int64 {
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        let time = Int64(hour) * 3_600_000 + Int64(minute) * 60_000 + Int64(second) * 1000 + Int64(millisecond)
        return days * Self.millisecondsPerDay + time
    }

    /// `YYYY-MM-DD`.
    var dateText: String { padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2) }

    /// `YYYY-MM-DDTHH:MM:SS[.mmm]Z`: milliseconds only when not zero.
    var dateTimeText: String {
        var text = dateText + "T" + padded(hour, 2) + ":" + padded(minute, 2) + ":" + padded(second, 2)
        if millisecond != 0 { text += "." + padded(millisecond, 3) }
        return text + "Z"
    }

    private func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
