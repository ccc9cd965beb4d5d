/// A start-up setting that is missing or malformed, described in one line an operator can act on.
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// A required environment variable is not set (or is empty).
    case missing(variable: String, expected: String)
    /// An environment variable is set to something unusable; `value` is nil for secrets, which are never echoed.
    case invalid(variable: String, value: String?, expected: String)

    public var description: String {
        switch self {
        case .missing(let variable, let expected):
            "\(variable) is not set; expected \(expected)"
        case .invalid(let variable, .some(let value), let expected):
            "\(variable)=\(value) is invalid; expected \(expected)"
        case .invalid(let variable, .none, let expected):
            "\(variable) is invalid; expected \(expected)"
        }
    }
}
