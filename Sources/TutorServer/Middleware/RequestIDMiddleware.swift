import HTTPTypes
import Hummingbird
import Logging

extension HTTPField.Name {
    /// The header that carries a request's id in from a proxy and back out to the client.
    public static var requestID: Self { .init("X-Request-Id")! }
}

/// Gives every request one id, echoed in `X-Request-Id` and attached to every log line the request produces.
///
/// An incoming id is kept when it looks sane, so a proxy's or client's id traces the request end to end;
/// otherwise Hummingbird's generated id is used. The id lives under Hummingbird's own `hb.request.id` logger
/// key, so `context.id` and Hummingbird's own log lines agree with ours.
public struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The longest incoming id accepted; longer values are replaced rather than truncated.
    static var maximumLength: Int { 128 }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let incoming = request.headers[.requestID], Self.isAcceptable(incoming) {
            context.logger[metadataKey: "hb.request.id"] = .string(incoming)
        }
        let requestID = context.id
        var response = try await next(request, context)
        response.headers[.requestID] = requestID
        return response
    }

    /// Whether an incoming id is short and made only of characters safe in headers and logs.
    static func isAcceptable(_ id: String) -> Bool {
        (1...maximumLength).contains(id.utf8.count)
            && id.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                    UInt8(ascii: ":"):
                    true
                default:
                    false
                }
            }
    }
}
