import Foundation
import GraphQLEngine
import HTTPTypes

/// One `/graphql` response as it came off the socket: status, media type and the body parsed as JSON.
struct MarketplaceResponse: Sendable, CustomStringConvertible {
    let status: HTTPResponse.Status
    let contentType: String?
    /// The raw body, kept for failure messages.
    let body: String
    /// The body parsed as a JSON object; nil when it is not one (which a test treats as a failure).
    let json: ObjectValue?

    init(status: HTTPResponse.Status, contentType: String?, body: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
        json = try? JSON.decode(Array(body.utf8)).objectValue
    }

    /// A well-formed GraphQL-over-HTTP answer to a request that executed: 200, the GraphQL media type, and a JSON
    /// object with a `data` key (null when a non-null root field failed).
    var isWellFormedExecutionResult: Bool {
        status == .ok && contentType?.hasPrefix("application/graphql-response+json") == true
            && json?["data"] != nil
    }

    /// The value at a dotted path into `data`, list indexes as numbers: `"myBookings.edges.0.node.id"`.
    func value(_ path: String) -> Value? {
        var current = json?["data"]
        for component in path.split(separator: ".") {
            if let index = Int(component) {
                guard let list = current?.listValue, list.indices.contains(index) else { return nil }
                current = list[index]
            } else {
                current = current?[String(component)]
            }
        }
        return current
    }

    /// The string at `path`; nil when absent, null or not a string.
    func string(_ path: String) -> String? { value(path)?.stringValue }

    /// The integer at `path`; nil when absent, null or not an integer.
    func int(_ path: String) -> Int? { value(path)?.intValue }

    /// The `DateTime` at `path` as an instant, with or without fractional seconds; nil when absent or malformed.
    func date(_ path: String) -> Date? {
        guard let text = string(path) else { return nil }
        return (try? Date(text, strategy: .iso8601))
            ?? (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
    }

    /// The `errors` entries.
    var errors: [Value] { json?["errors"]?.listValue ?? [] }

    /// Each error's `extensions.code`, in order.
    var errorCodes: [String?] { errors.map { $0["extensions"]?["code"]?.stringValue } }

    /// The code of the only error; nil when there is none or more than one.
    var onlyErrorCode: String? { errors.count == 1 ? errorCodes[0] : nil }

    /// The message of the first error.
    var firstErrorMessage: String? { errors.first?["message"]?.stringValue }

    var description: String { "\(status.code) \(contentType ?? "-") \(body)" }
}
