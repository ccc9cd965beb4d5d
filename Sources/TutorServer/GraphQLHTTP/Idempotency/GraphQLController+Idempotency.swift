import Foundation
import GraphQLEngine
import Hummingbird
import Logging
import TutorStore

extension GraphQLController {
    /// Runs `mutation` at most once per idempotency key.
    ///
    /// The key is claimed first (one atomic insert): of any number of concurrent identical requests exactly one
    /// runs. A key completed by the same request replays the stored body with `Idempotent-Replayed: true`
    /// without running anything; a key still claimed, or used for a different request, is a 409 `CONFLICT`.
    /// After running, the response body is stored for `retention`, unless nothing was done (request errors, or
    /// every root field failed with `INTERNAL_SERVER_ERROR`): then the key is released so a retry does the work.
    ///
    /// The claim is a lease of `claimLease`: if the server dies between the mutation's commit and storing its
    /// response, the key answers `CONFLICT` until the lease ends, after which a retry runs the mutation again
    /// (its own state checks, such as a booking's state machine, still apply). A failure to store or release is
    /// logged and the client still gets its response.
    func runOnce(
        _ mutation: IdempotentMutation, options: IdempotencyOptions, answeringAs mediaType: GraphQLResponseMediaType,
        logger: Logger, _ run: @Sendable () async -> GraphQLResult
    ) async throws(GraphQLHTTPFailure) -> Response {
        let now = options.now()
        let outcome: IdempotencyClaimOutcome
        do {
            outcome = try await options.store.claim(
                mutation.scope, fingerprint: mutation.fingerprint, now: now,
                leaseUntil: now.addingTimeInterval(options.claimLease))
        } catch {
            logger.error("Idempotency key could not be claimed", metadata: ["error": "\(error)"])
            throw .internalError
        }
        let claim: IdempotencyClaim
        switch outcome {
        case .claimed(let claimed): claim = claimed
        case .completed(let storedResponse): return GraphQLHTTPResponse.replayed(storedResponse, as: mediaType)
        case .inProgress: throw .conflict("A request with this idempotency key is still being processed; retry later.")
        case .fingerprintMismatch: throw .conflict("The idempotency key was already used with a different request.")
        }
        let result = await run()
        let body = JSON.encode(result)
        await settle(
            claim, storing: result.leftAllWorkUndone(rootResponseKeys: mutation.rootResponseKeys) ? nil : body,
            options: options, logger: logger)
        return GraphQLHTTPResponse.encodedResult(body, hasData: result.data != nil, as: mediaType)
    }

    /// Completes the claim with `body`, or releases it when `body` is `nil`.
    private func settle(_ claim: IdempotencyClaim, storing body: [UInt8]?, options: IdempotencyOptions, logger: Logger) async {
        do {
            guard let body else { return try await options.store.release(claim) }
            let stored = try await options.store.complete(
                claim, response: String(decoding: body, as: UTF8.self),
                keepUntil: options.now().addingTimeInterval(options.retention))
            if !stored { logger.warning("Idempotency claim expired before its response was stored") }
        } catch {
            logger.error("Idempotency key could not be settled", metadata: ["error": "\(error)"])
        }
    }
}
