import GraphQLEngine

extension TutorGraphAPI {
    /// Builds the API even when some fields of `schema.graphql` have no resolver yet, for the area tests
    /// that run while other areas are still being written.
    ///
    /// Temporary scaffolding: delete this file (and switch `APITestHarness` to the public initializer) once
    /// every area has landed, so tests prove the start-up check instead of bypassing it.
    init(schemaSDL: String, dependencies: APIDependencies, allowingUnresolved: Bool) throws {
        guard allowingUnresolved else {
            try self.init(schemaSDL: schemaSDL, dependencies: dependencies)
            return
        }
        schema = try buildSchema(schemaSDL, resolvers: APIResolvers.all())
        self.dependencies = dependencies
    }
}
