import PostgresNIO

/// The hook for an external search index (`search_index.refresh`). PostgreSQL's own `search_vector` is kept by a
/// trigger, so with no external index there is nothing to do; the row is still marked delivered.
public struct SearchRefreshOutboxHandler: OutboxHandler {
    public let topic = OutboxTopic.searchRefresh

    public init() {}

    public func deliver(_ delivery: OutboxDelivery, in transaction: Transaction) async throws {
        _ = try delivery.payload(as: TutorPayload.self)
    }
}
