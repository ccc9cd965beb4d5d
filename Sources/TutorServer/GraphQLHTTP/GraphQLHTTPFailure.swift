import GraphQLEngine
import HTTPTypes

/// A request refused before GraphQL ran, with the status it earns and a message for the `errors` body.
struct GraphQLHTTPFailure: Error, Sendable, Equatable {
    let status: HTTPResponse.Status
    let message: String
    /// The `extensions.code` of the error in the body.
    var code: ErrorCode = .badRequest
    /// The methods the `Allow` header lists, for 405 responses.
    var allowedMethods: String?

    /// The body is not a GraphQL-over-HTTP request: malformed JSON, missing or ill-typed parameters (400).
    static func badRequest(_ message: String) -> Self {
        Self(status: .badRequest, message: message)
    }

    /// A body the server cannot read: not JSON, or JSON in another charset than UTF-8 (415).
    static func unsupportedMediaType(_ contentType: String?) -> Self {
        let given = contentType.map { "\"\($0)\"" } ?? "none"
        return Self(
            status: .unsupportedMediaType,
            message: "Unsupported Content-Type \(given): send application/json with charset utf-8.")
    }

    /// Neither response media type is acceptable to the client (406).
    static var notAcceptable: Self {
        Self(
            status: .notAcceptable,
            message: "Accept must allow application/graphql-response+json or application/json.")
    }

    /// A body larger than the configured limit (413).
    static func contentTooLarge(limit: Int) -> Self {
        Self(status: .contentTooLarge, message: "Request body exceeds \(limit) bytes.")
    }

    /// A method `/graphql` does not serve, or a mutation sent over GET (405).
    static func methodNotAllowed(_ message: String, allow: String) -> Self {
        Self(status: .methodNotAllowed, message: message, allowedMethods: allow)
    }

    /// The context factory refused the request (a bad token, a banned viewer): 401 for `UNAUTHENTICATED`,
    /// 403 for `FORBIDDEN`, else 400, with the error's own message and code.
    static func refused(_ error: any UserFacingError) -> Self {
        let status: HTTPResponse.Status =
            switch error.code {
            case .unauthenticated: .unauthorized
            case .forbidden: .forbidden
            case .internalServerError: .internalServerError
            default: .badRequest
            }
        return Self(status: status, message: error.message, code: error.code)
    }

    /// An unexpected failure outside GraphQL, masked: the details go to the log only.
    static var internalError: Self {
        Self(status: .internalServerError, message: "Internal server error.", code: .internalServerError)
    }
}
