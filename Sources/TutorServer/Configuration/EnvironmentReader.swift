import Foundation

/// Typed, validated reads of environment variables, each failure a `ConfigurationError` naming the variable.
struct EnvironmentReader: Sendable {
    /// The variables to read, usually `ProcessInfo.processInfo.environment`.
    let environment: [String: String]

    /// The trimmed value of `name`, treating an empty value as unset.
    func string(_ name: String) -> String? {
        guard let raw = environment[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        return raw
    }

    /// The value of `name`, or a `.missing` error that says what was expected.
    func requiredString(_ name: String, expected: String) throws(ConfigurationError) -> String {
        guard let value = string(name) else { throw .missing(variable: name, expected: expected) }
        return value
    }

    /// An integer within `range`, or `defaultValue` when unset.
    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard let raw = string(name) else { return defaultValue }
        guard let value = Int(raw), range.contains(value) else {
            throw .invalid(variable: name, value: raw, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A boolean written as true/false, 1/0, yes/no or on/off, or `defaultValue` when unset.
    func boolean(_ name: String, default defaultValue: Bool) throws(ConfigurationError) -> Bool {
        guard let raw = string(name) else { return defaultValue }
        switch raw.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw .invalid(variable: name, value: raw, expected: "true or false")
        }
    }
}
