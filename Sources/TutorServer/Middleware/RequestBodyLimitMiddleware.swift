import HTTPTypes
import Hummingbird

/// Enforces `REQUEST_BODY_LIMIT`: refuses a declared oversized body at once and caps what routes may collect.
///
/// A `Content-Length` above the limit gets 413 before any byte is read; a chunked body is capped when a route
/// collects it with `request.body.collect(upTo: context.maxUploadSize)` or decodes it.
public struct RequestBodyLimitMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    /// The largest body accepted, in bytes.
    let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw HTTPError(.contentTooLarge, message: "Request body exceeds \(limit) bytes.")
        }
        var context = context
        context.maxUploadSize = limit
        return try await next(request, context)
    }
}
