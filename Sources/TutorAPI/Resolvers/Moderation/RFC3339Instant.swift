import Foundation

/// Reads the normalised UTC text the `DateTime` scalar hands resolvers (with or without milliseconds).
enum RFC3339Instant {
    /// The instant `text` names, or nil.
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let instant = formatter.date(from: text) { return instant }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
