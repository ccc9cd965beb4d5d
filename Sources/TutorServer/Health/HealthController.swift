import Hummingbird
import PostgresNIO

/// Liveness and readiness probes for load balancers and orchestrators.
///
/// `/healthz` answers 200 while the process can serve HTTP at all; `/readyz` answers 200 only while the database
/// answers too, so a replica that lost PostgreSQL is taken out of rotation instead of failing every request.
struct HealthController: RouteProvider {
    /// The pool whose health decides readiness.
    let database: PostgresClient
    /// How long a readiness check may wait for the database: below the usual probe timeouts of orchestrators.
    static let readinessTimeout: Duration = .seconds(2)

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("healthz", use: liveness)
        router.get("readyz", use: readiness)
    }

    /// Always 200: reaching this handler proves the process and its event loops are alive.
    @Sendable func liveness(_ request: Request, context: AppRequestContext) -> EditedResponse<HealthStatus> {
        EditedResponse(headers: Self.uncached, response: HealthStatus(status: "ok"))
    }

    /// 200 when `SELECT 1` succeeds within the timeout, 503 with the reason otherwise.
    @Sendable func readiness(_ request: Request, context: AppRequestContext) async -> EditedResponse<HealthStatus> {
        do {
            try await DatabasePing(database: database, timeout: Self.readinessTimeout).run(logger: context.logger)
            return EditedResponse(headers: Self.uncached, response: HealthStatus(status: "ok"))
        } catch {
            context.logger.warning("Readiness check failed", metadata: ["error": "\(String(reflecting: error))"])
            return EditedResponse(
                status: .serviceUnavailable,
                headers: Self.uncached,
                response: HealthStatus(status: "unavailable", reason: "database unreachable")
            )
        }
    }

    /// Probe answers describe this instant only; no proxy or client may reuse them.
    static var uncached: HTTPFields { [.cacheControl: "no-store"] }
}

/// The JSON body of both probes: `{"status":"ok"}`, or the status with a short reason.
struct HealthStatus: ResponseEncodable, Equatable {
    let status: String
    var reason: String? = nil
}
