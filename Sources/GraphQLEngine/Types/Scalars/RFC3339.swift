/// Strict parsing of RFC 3339 `full-date` and `date-time` text (§5.6), the formats of the Date and
/// DateTime scalars.
enum RFC3339 {
    /// `YYYY-MM-DD` → the calendar date, or `nil` when malformed or not a real day.
    static func parseDate(_ text: String) -> CivilTime? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return nil }
        return parseDate(bytes, from: 0)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` → the instant in milliseconds since the epoch (UTC),
    /// fractional seconds beyond milliseconds truncated; `nil` when malformed or out of range.
    static func parseDateTime(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, var civil = parseDate(bytes, from: 0),
            bytes[10] == UInt8(ascii: "T")
                || bytes[10] == UInt8(ascii: "t"),
            let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"), let minute = number(bytes, 14, 2),
            bytes[16] == UInt8(ascii: ":"), let second = number(bytes, 17, 2),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        civil.hour = hour
        civil.minute = minute
        civil.second = second
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            var millisecond = 0
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                if digits < 3 { millisecond = millisecond * 10 + digit }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 3) { millisecond *= 10 }
            civil.millisecond = millisecond
        }
        guard let offsetMinutes = parseOffset(bytes, from: index) else { return nil }
        let instant = civil.epochMilliseconds - Int64(offsetMinutes) * 60_000
        let normalized = CivilTime(epochMilliseconds: instant)
        guard (0...9999).contains(normalized.year) else { return nil }
        return instant
    }

    /// `Z`, `z` or `±HH:MM` ending the text → minutes east of UTC.
    private static func parseOffset(_ bytes: [UInt8], from index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            return index + 1 == bytes.count ? 0 : nil
        }
        let sign: Int
        switch bytes[index] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        guard bytes.count == index + 6, let hours = number(bytes, index + 1, 2), bytes[index + 3] == UInt8(ascii: ":"),
            let minutes = number(bytes, index + 4, 2), hours <= 23, minutes <= 59
        else { return nil }
        return sign * (hours * 60 + minutes)
    }

    private static func parseDate(_ bytes: [UInt8], from start: Int) -> CivilTime? {
        guard let year = number(bytes, start, 4), bytes[start + 4] == UInt8(ascii: "-"),
            let month = number(bytes, start + 5, 2), bytes[start + 7] == UInt8(ascii: "-"),
            let day = number(bytes, start + 8, 2), CivilTime.isValidDate(year: year, month: month, day: day)
        else { return nil }
        return CivilTime(year: year, month: month, day: day)
    }

    /// Exactly `width` decimal digits at `start`.
    private static func number(_ bytes: [UInt8], _ start: Int, _ width: Int) -> Int? {
        guard start + width <= bytes.count else { return nil }
        var result = 0
        for index in start..<start + width {
            guard let digit = digitValue(bytes[index]) else { return nil }
            result = result * 10 + digit
        }
        return result
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
