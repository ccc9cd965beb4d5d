import Hummingbird
import Logging

/// Logs one structured line per request (method, path, status, duration) and turns thrown errors into responses.
///
/// Errors become responses here rather than later in Hummingbird so the logged status is the one the client sees
/// and outer middleware (the request id) can still decorate the response. Errors that are not
/// `HTTPResponseError`s are unexpected: they are logged at error level and answered with a bare 500, never
/// leaking their text to the client.
public struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Paths polled by load balancers and orchestrators, logged at debug level so they do not drown real traffic.
    let quietPaths: Set<String>

    public init(quietPaths: Set<String> = ["/healthz", "/readyz"]) {
        self.quietPaths = quietPaths
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("Unhandled error", metadata: ["error.type": "\(type(of: error))", "error": "\(error)"])
            response = Response(status: .internalServerError)
        }
        let elapsed = started.duration(to: .now)
        context.logger.log(
            level: quietPaths.contains(request.uri.path) ? .debug : .info,
            "\(request.method) \(request.uri.path) \(response.status.code)",
            metadata: [
                "http.method": .string(request.method.rawValue),
                "http.path": .string(request.uri.path),
                "http.status": .stringConvertible(response.status.code),
                "duration_ms": .stringConvertible(Self.milliseconds(elapsed)),
            ]
        )
        return response
    }

    /// A duration in milliseconds rounded to hundredths, the resolution that matters for request latency.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1_000 + Double(attoseconds) / 1e15
        return (milliseconds * 100).rounded() / 100
    }
}
