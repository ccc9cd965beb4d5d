import Foundation

/// One claimed outbox row, handed to the handler of its topic.
public struct OutboxDelivery: Sendable, Hashable {
    public let id: Int64
    public let topic: OutboxTopic
    /// The payload as JSON text.
    public let payloadJSON: String
    /// Failed attempts before this one.
    public let attempts: Int

    /// The payload decoded as `type`.
    public func payload<Payload: Decodable>(as type: Payload.Type) throws -> Payload {
        try JSONDecoder().decode(type, from: Data(payloadJSON.utf8))
    }
}

/// Delivers the rows of one topic. It runs inside the worker's transaction: database writes it makes commit
/// together with the row's "delivered" mark, or roll back with its failure.
public protocol OutboxHandler: Sendable {
    /// The topic the handler delivers.
    var topic: OutboxTopic { get }
    /// Delivers one row; throwing schedules a retry.
    func deliver(_ delivery: OutboxDelivery, in transaction: Transaction) async throws
}
