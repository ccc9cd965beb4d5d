/// The addresses a person opens, derived from where the server listens.
struct ServerURLs: Equatable {
    /// The host to show: a wildcard bind address is reachable through loopback.
    let host: String
    let port: Int

    init(host: String, port: Int) {
        self.host = ["0.0.0.0", "::", ""].contains(host) ? "127.0.0.1" : host
        self.port = port
    }

    /// Where GraphQL requests go.
    var graphQL: String { "http://\(host):\(port)/graphql" }
    /// Where the in-browser GraphQL IDE is served.
    var playground: String { "http://\(host):\(port)/playground" }
}
