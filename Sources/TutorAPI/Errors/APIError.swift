import GraphQLEngine

/// An error the API shows to clients as it is: a message, a typed code and optional details.
///
/// Resolvers throw these for every expected failure; anything else is masked by the engine as
/// `INTERNAL_SERVER_ERROR`, so database and programming errors never leak.
public struct APIError: UserFacingError, Hashable {
    public let message: String
    public let code: ErrorCode
    public let extensions: ObjectValue

    public init(_ message: String, code: ErrorCode, extensions: ObjectValue = [:]) {
        self.message = message
        self.code = code
        self.extensions = extensions
    }

    /// No valid access token came with the request.
    public static func unauthenticated(_ message: String = "You must be signed in to do this.") -> APIError {
        APIError(message, code: .unauthenticated)
    }

    /// Signed in, but this viewer may not do this.
    public static func forbidden(_ message: String = "You are not allowed to do this.") -> APIError {
        APIError(message, code: .forbidden)
    }

    /// The object does not exist, or the viewer may not know that it does: both read the same.
    public static func notFound(_ typeName: String) -> APIError {
        APIError("\(typeName) not found.", code: .notFound)
    }

    /// An input value is wrong; `field` names it as the client sent it (for example `input.email`).
    public static func badInput(_ message: String, field: String) -> APIError {
        APIError(message, code: .badUserInput, extensions: ["field": .string(field)])
    }

    /// The request collides with the current state (an illegal transition, a duplicate, a stale version).
    public static func conflict(_ message: String, extensions: ObjectValue = [:]) -> APIError {
        APIError(message, code: .conflict, extensions: extensions)
    }
}
