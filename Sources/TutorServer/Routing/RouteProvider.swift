import Hummingbird

/// A controller that mounts its routes on the server's router; every endpoint group conforms to this.
public protocol RouteProvider: Sendable {
    /// Registers this controller's routes (and any route-specific middleware) on `router`.
    func addRoutes(to router: Router<AppRequestContext>)
}
