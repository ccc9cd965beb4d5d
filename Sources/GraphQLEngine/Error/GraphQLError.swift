/// The error codes TutorGraph puts in `extensions.code`, shared by every layer.
///
/// The names are the ones Apollo-style clients and gateways already branch on, so a partner's retry and
/// error handling works without a TutorGraph-specific table.
public enum ErrorCode: String, Sendable, Hashable, CaseIterable {
    /// The HTTP request is not a GraphQL request: malformed JSON, a missing `query`, a wrong method or media type.
    case badRequest = "BAD_REQUEST"
    case parseFailed = "GRAPHQL_PARSE_FAILED"
    case validationFailed = "GRAPHQL_VALIDATION_FAILED"
    /// No operation to run: none in the document, several without `operationName`, or an unknown name.
    case operationResolutionFailure = "OPERATION_RESOLUTION_FAILURE"
    case badUserInput = "BAD_USER_INPUT"
    case unauthenticated = "UNAUTHENTICATED"
    case forbidden = "FORBIDDEN"
    case notFound = "NOT_FOUND"
    case conflict = "CONFLICT"
    case persistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"
    case internalServerError = "INTERNAL_SERVER_ERROR"
}

/// One element of a response path: a field's response key or a 0-based list index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }
}

/// An error as the GraphQL response carries it: message, locations, path and extensions.
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var locations: [SourcePosition]
    /// `nil` for request errors (parse, validation, variables); set for field errors.
    public var path: [PathComponent]?
    /// Extra machine-readable data; `code` is always present once the error leaves the engine.
    public var extensions: ObjectValue

    public init(
        _ message: String,
        locations: [SourcePosition] = [],
        path: [PathComponent]? = nil,
        code: ErrorCode? = nil,
        extensions: ObjectValue = [:]
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
        if let code { self.extensions["code"] = .string(code.rawValue) }
    }

    /// The `extensions.code`, when it is one of ours.
    public var code: ErrorCode? {
        if case .string(let raw)? = extensions["code"] { return ErrorCode(rawValue: raw) }
        return nil
    }

    public var description: String {
        let at = locations.map(\.description).joined(separator: ", ")
        return at.isEmpty ? message : "\(message) (\(at))"
    }
}

/// An error a resolver may throw whose message is safe to show to clients.
///
/// Anything else a resolver throws is masked as `INTERNAL_SERVER_ERROR` and logged, so SQL text
/// or stack traces never reach a client.
public protocol UserFacingError: Error, Sendable {
    var message: String { get }
    var code: ErrorCode { get }
    /// Extra fields for `extensions` besides `code` (for example the field an input error names).
    var extensions: ObjectValue { get }
}

extension UserFacingError {
    public var extensions: ObjectValue { [:] }
}
