import Foundation
import GraphQLEngine
import Logging
import TutorStore

/// Everything one GraphQL request's resolvers share: who asks, the request's loaders, the store.
///
/// Made once per HTTP request; its DataLoaders cache only for this request, so one viewer's data never
/// leaks into another's response.
public final class RequestContext: Sendable {
    public let viewer: Viewer?
    public let requestID: String
    /// The instant the request started: one "now" for every rule the request checks.
    public let now: Date
    public let loaders: DataLoaderRegistry
    public let dependencies: APIDependencies
    public let logger: Logger

    public init(viewer: Viewer?, requestID: String, dependencies: APIDependencies) {
        self.viewer = viewer
        self.requestID = requestID
        now = dependencies.clock()
        loaders = DataLoaderRegistry()
        self.dependencies = dependencies
        var logger = dependencies.logger
        logger[metadataKey: "request_id"] = .string(requestID)
        self.logger = logger
    }

    public var store: Store { dependencies.store }

    /// The request's loader named `name`, batching into `batch` on first use.
    public func loader<Name: DataLoaderKey>(
        _ name: Name.Type, batch: @escaping @Sendable ([Name.Key]) async throws -> [Name.Key: Name.Value]
    ) -> DataLoader<Name.Key, Name.Value> {
        loaders.loader(for: name) { DataLoader(batch: batch) }
    }
}
