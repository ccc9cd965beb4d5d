import Foundation
import TutorDomain

/// The rules account inputs follow; each check returns the normalised value or throws `BAD_USER_INPUT`
/// naming the offending field, before any database work starts.
enum AccountInputRules {
    /// Trimmed and lower-cased, so one address is one account whatever its case.
    static func email(_ raw: String, field: String) throws(APIError) -> String {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard email.count <= 320, email.wholeMatch(of: /[^@\s]+@[^@\s.]+(\.[^@\s.]+)+/) != nil else {
            throw APIError.badInput("Enter a valid e-mail address.", field: field)
        }
        return email
    }

    /// A trimmed name of at most 100 characters; `required` names must not be empty.
    static func name(_ raw: String, required: Bool, field: String) throws(APIError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if required, name.isEmpty { throw APIError.badInput("This name must not be empty.", field: field) }
        guard name.count <= 100 else { throw APIError.badInput("A name has at most 100 characters.", field: field) }
        return name
    }

    /// Only students and tutors sign themselves up; staff accounts are made by staff.
    static func selfServiceRole(_ raw: String, field: String) throws(APIError) -> Role {
        guard let role = Role(rawValue: raw.lowercased()), role == .student || role == .tutor else {
            throw APIError.badInput("Only STUDENT and TUTOR accounts can be registered.", field: field)
        }
        return role
    }

    /// An IANA time zone the system knows, e.g. `Europe/Paris`.
    static func timezone(_ raw: String, field: String) throws(APIError) -> String {
        guard raw.count <= 64, TimeZone(identifier: raw) != nil else {
            throw APIError.badInput("\"\(raw.prefix(64))\" is not a known IANA time zone.", field: field)
        }
        return raw
    }

    /// An ISO 4217 code, upper-cased; whether TutorGraph supports it is the database's reference table's call.
    static func currency(_ raw: String, field: String) throws(APIError) -> String {
        let code = raw.uppercased()
        guard code.wholeMatch(of: /[A-Z]{3}/) != nil else {
            throw APIError.badInput("A currency is a three-letter ISO 4217 code, e.g. USD.", field: field)
        }
        return code
    }

    /// An http(s) URL of at most 2,048 characters.
    static func url(_ raw: String, field: String) throws(APIError) -> String {
        guard raw.count <= 2048, let url = URL(string: raw), ["http", "https"].contains(url.scheme?.lowercased()),
            url.host?.isEmpty == false
        else { throw APIError.badInput("Enter an http or https URL of at most 2,048 characters.", field: field) }
        return raw
    }

    /// Digits, spaces, parentheses and dashes, optionally after a `+`: 6 to 20 characters.
    static func phone(_ raw: String, field: String) throws(APIError) -> String {
        let phone = raw.trimmingCharacters(in: .whitespaces)
        guard phone.wholeMatch(of: /\+?[0-9 ()\-]{6,20}/) != nil else {
            throw APIError.badInput("Enter a phone number of 6 to 20 digits, optionally starting with +.", field: field)
        }
        return phone
    }

    /// An ISO 3166-1 alpha-2 country code, upper-cased.
    static func countryCode(_ raw: String, field: String) throws(APIError) -> String {
        let code = raw.uppercased()
        guard code.wholeMatch(of: /[A-Z]{2}/) != nil else {
            throw APIError.badInput("A country is a two-letter ISO 3166 code, e.g. FR.", field: field)
        }
        return code
    }

    /// An ISO 639 language code, lower-cased; whether it is supported is the reference table's call.
    static func languageCode(_ raw: String, field: String) throws(APIError) -> String {
        let code = raw.lowercased()
        guard code.wholeMatch(of: /[a-z]{2,3}(-[a-z0-9]{2,8})?/) != nil else {
            throw APIError.badInput("A language is an ISO 639 code, e.g. en.", field: field)
        }
        return code
    }

    /// A birth date (`YYYY-MM-DD`, already checked by the `Date` scalar) after 1900 and not in the future.
    static func dateOfBirth(_ raw: String, today: Date, field: String) throws(APIError) -> String {
        let formatter = ISO8601DateFormatter()  // UTC by default
        formatter.formatOptions = [.withFullDate]
        let todayText = formatter.string(from: today)
        guard raw > "1900-01-01", raw <= todayText else {
            throw APIError.badInput("A birth date lies between 1900 and today.", field: field)
        }
        return raw
    }

    /// Free text of at most `limit` characters.
    static func text(_ raw: String, limit: Int, field: String) throws(APIError) -> String {
        guard raw.count <= limit else {
            throw APIError.badInput("At most \(limit) characters.", field: field)
        }
        return raw
    }
}
