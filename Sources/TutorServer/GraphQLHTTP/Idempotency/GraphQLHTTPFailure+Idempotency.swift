import GraphQLEngine
import HTTPTypes

extension GraphQLHTTPFailure {
    /// An idempotency key that cannot be honoured now: its request is still running, or it was used for another
    /// request (409, code `CONFLICT`); the mutation did not run.
    static func conflict(_ message: String) -> Self {
        Self(status: .conflict, message: message, code: .conflict)
    }
}
