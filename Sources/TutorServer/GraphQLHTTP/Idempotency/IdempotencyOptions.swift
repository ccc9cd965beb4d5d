import Foundation

/// How `/graphql` de-duplicates retried mutations: where keys live, whom they belong to, and for how long.
///
/// Retries are recognised by an `Idempotency-Key` header or, without one, by the mutation's
/// `input.clientMutationId`; see `GraphQLController+Idempotency.swift` for the flow.
public struct IdempotencyOptions: Sendable {
    /// How long a claim stays exclusive while its mutation runs, 2 minutes by default: far longer than any
    /// mutation takes, short enough that a key whose server died mid-request is usable again soon.
    public static let defaultClaimLease: TimeInterval = 120
    /// How long a completed response is replayed, 24 hours by default (partners retry within that window).
    public static let defaultRetention: TimeInterval = 86_400

    public var store: any IdempotencyStore
    /// The user ID the request's resolver context acts for, `nil` when anonymous: keys are scoped per user so
    /// one caller can never replay another's response.
    public var callerID: @Sendable (_ resolverContext: any Sendable) -> Int64?
    /// Root fields that never take part, whatever key the request carries: mutations whose responses hold
    /// credentials (access and refresh tokens), which must never be stored.
    public var exemptRootFields: Set<String>
    public var claimLease: TimeInterval
    public var retention: TimeInterval
    /// The current time; injected so tests can expire leases and responses.
    public var now: @Sendable () -> Date

    public init(
        store: any IdempotencyStore, callerID: @escaping @Sendable (_ resolverContext: any Sendable) -> Int64?,
        exemptRootFields: Set<String> = [], claimLease: TimeInterval = Self.defaultClaimLease,
        retention: TimeInterval = Self.defaultRetention, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.store = store
        self.callerID = callerID
        self.exemptRootFields = exemptRootFields
        self.claimLease = claimLease
        self.retention = retention
        self.now = now
    }
}
