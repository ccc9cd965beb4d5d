import Hummingbird

/// The context every route and middleware of the server sees: Hummingbird's core storage plus the body limit.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The largest body a route may collect or decode; `RequestBodyLimitMiddleware` sets it from configuration.
    public var maxUploadSize: Int

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.maxUploadSize = ServerConfiguration.defaultRequestBodyLimit
    }
}
