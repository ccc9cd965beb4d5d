import GraphQLEngine

/// What one GraphQL request returned, with the SQL statements it cost and readers for paths in its data.
struct APIResponse: Sendable {
    let result: GraphQLResult
    /// Statements counted by `StatementCounter` while executing (parse and validation cost none).
    let statements: Int
    /// Errors the engine masked as INTERNAL_SERVER_ERROR, as thrown, so a failing test shows the cause.
    let internalErrors: [String]

    /// The value at a dotted path into `data`, list indexes as numbers: `"users.edges.0.node.email"`.
    func value(_ path: String) -> Value? {
        var current = result.data
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

    /// Whether `path` is present and null (a hidden field or object).
    func isNull(_ path: String) -> Bool { value(path) == .null }

    /// The `extensions.code` of every error, in order.
    var errorCodes: [ErrorCode?] { result.errors.map(\.code) }

    /// The code of the only error; nil when there is none or more than one.
    var onlyErrorCode: ErrorCode? { result.errors.count == 1 ? result.errors[0].code : nil }

    /// The `extensions.field` of the first error (the input field a BAD_USER_INPUT names).
    var errorField: String? { result.errors.first?.extensions["field"]?.stringValue }

    /// The whole response as JSON, for failure messages.
    var json: String { String(decoding: JSON.encode(result), as: UTF8.self) }
}
