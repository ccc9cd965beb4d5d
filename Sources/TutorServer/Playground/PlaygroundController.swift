import Foundation
import HTTPTypes
import Hummingbird

/// Serves the in-browser GraphQL playground: `GET /playground` and its assets from memory, with strict security
/// headers, and offers `GET /graphql` a way to answer browsers with the page.
///
/// Files are read once at start-up, so a request never touches the disk and a deployment serves exactly the
/// bytes it started with; every response carries an `ETag` so browsers revalidate instead of re-downloading.
public struct PlaygroundController: Sendable {
    /// Playground files keyed by their path relative to the playground directory, e.g. `main.js`.
    let assets: [String: PlaygroundAsset]
    /// The page itself, also served for `GET /graphql` from browsers.
    let index: PlaygroundAsset

    /// Loads every servable file of `directory`; throws when it cannot be read or has no `index.html`.
    public init(directory: URL) throws {
        let assets = try PlaygroundAsset.loadAll(from: directory)
        guard let index = assets["index.html"] else { throw PlaygroundError.missingIndex(directory.path) }
        self.assets = assets
        self.index = index
    }

    /// Mounts `GET /playground` (the page, also at `/playground/`) and `GET /playground/<path>` (its assets).
    public func addRoutes(to router: Router<some RequestContext>) {
        router.get("playground") { request, _ in
            response(for: index, request: request)
        }
        router.get("playground/**") { request, context in
            guard let asset = asset(at: context.parameters.getCatchAll()) else { return Response(status: .notFound) }
            return response(for: asset, request: request)
        }
    }

    /// The page as a response, for `GET /graphql` when `prefersHTML(_:)` says a browser is asking.
    public func indexResponse(for request: Request) -> Response {
        response(for: index, request: request)
    }

    /// Whether a `GET /graphql` request comes from a browser wanting a page rather than a GraphQL client: it has
    /// no `query` parameter and its `Accept` header ranks `text/html` above both GraphQL response types.
    public static func prefersHTML(_ request: Request) -> Bool {
        guard request.method == .get || request.method == .head, request.uri.queryParameters["query"] == nil else { return false }
        let accepted = AcceptedMediaTypes(header: request.headers[.accept])
        let html = accepted.quality(of: "text/html")
        let json = max(accepted.quality(of: "application/json"), accepted.quality(of: "application/graphql-response+json"))
        return html > 0 && html > json
    }

    /// The asset at a request path's segments, or nil for unknown files and any attempt to leave the directory
    /// (`..`, `.`, empty or hidden segments, backslashes).
    func asset(at segments: [Substring]) -> PlaygroundAsset? {
        if segments.isEmpty { return index }
        let isSafe = segments.allSatisfy { segment in
            !segment.isEmpty && !segment.hasPrefix(".") && !segment.contains("\\") && !segment.contains("%")
        }
        guard isSafe else { return nil }
        return assets[segments.joined(separator: "/")]
    }

    /// A 200 with the asset, or a bodiless 304 when the client's `If-None-Match` already names its tag.
    ///
    /// Every file is `no-cache` (revalidate each time) rather than `max-age`: asset names carry no version, and a
    /// page from one deployment must never run with modules cached from another; a 304 costs one round trip.
    func response(for asset: PlaygroundAsset, request: Request) -> Response {
        var headers = Self.securityHeaders
        headers[.eTag] = asset.entityTag.value
        headers[.cacheControl] = "no-cache"
        if let ifNoneMatch = request.headers[.ifNoneMatch], asset.entityTag.isMatched(byIfNoneMatch: ifNoneMatch) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = asset.contentType
        headers[.contentLength] = String(asset.body.readableBytes)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: asset.body))
    }

    /// Headers on every playground response: the page may load and contact nothing but this server, may not be
    /// framed, and browsers must not guess content types.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: [
            "default-src 'self'", "connect-src 'self'", "img-src 'self' data:", "style-src 'self'", "script-src 'self'",
            "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
        ].joined(separator: "; "),
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
    ]
}
