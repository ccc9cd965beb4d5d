/// The server mounts the playground like any other controller; its generic `addRoutes(to:)` is the witness.
extension PlaygroundController: RouteProvider {}
