import PostgresNIO

/// Asks the kernel for a TCP port nobody listens on: bind 127.0.0.1:0, read the port it chose, let it go.
///
/// Another process could take the port before PostgreSQL binds it; the cluster retries with a new port then.
func freeLocalPort() async throws -> Int {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .bind(host: "127.0.0.1", port: 0)
        .get()
    let port = channel.localAddress?.port
    try await channel.close()
    guard let port else { throw ChannelError.unknownLocalAddress }
    return port
}
