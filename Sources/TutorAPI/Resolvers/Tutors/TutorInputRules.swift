import Foundation

/// The rules tutor inputs follow, checked before any database work; each throws BAD_USER_INPUT naming the field.
enum TutorInputRules {
    /// Free text trimmed of surrounding whitespace, at most `limit` characters; `required` text must not be empty.
    static func text(_ input: InputReader, _ name: String, limit: Int, required: Bool = false) throws(APIError) -> String? {
        guard let raw = input.string(name) else {
            if required { throw APIError.badInput("\(name) is required.", field: input.field(name)) }
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if required, text.isEmpty { throw APIError.badInput("\(name) must not be empty.", field: input.field(name)) }
        guard text.count <= limit else {
            throw APIError.badInput("\(name) has at most \(limit) characters.", field: input.field(name))
        }
        return text
    }

    /// An integer within `range`, or nil when absent.
    static func int(_ input: InputReader, _ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let value = input.int(name) else { return nil }
        guard range.contains(value) else {
            throw APIError.badInput(
                "\(name) must be between \(range.lowerBound) and \(range.upperBound), got \(value).", field: input.field(name))
        }
        return value
    }

    /// An http(s) URL of at most 2,048 characters, or nil when absent.
    static func url(_ input: InputReader, _ name: String) throws(APIError) -> String? {
        guard let raw = input.string(name) else { return nil }
        return try AccountInputRules.url(raw, field: input.field(name))
    }

    /// An IANA time zone, or nil when absent.
    static func timezone(_ input: InputReader, _ name: String) throws(APIError) -> String? {
        guard let raw = input.string(name) else { return nil }
        return try AccountInputRules.timezone(raw, field: input.field(name))
    }

    /// `HH:MM` as minutes after midnight (the `LocalTime` scalar already normalised it).
    static func minutes(of time: String) -> Int {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return parts.count >= 2 ? parts[0] * 60 + parts[1] : 0
    }
}
