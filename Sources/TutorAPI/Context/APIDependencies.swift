import Foundation
import Logging
import TutorStore

/// What the API needs that outlives a request: the store, token and password services, the clock.
public struct APIDependencies: Sendable {
    public let store: Store
    public let tokens: AccessTokenService
    public let passwords: PasswordHasher
    /// Injected so tests and background jobs can move time.
    public let clock: @Sendable () -> Date
    public let logger: Logger

    public init(
        store: Store, tokens: AccessTokenService, passwords: PasswordHasher = PasswordHasher(),
        clock: @escaping @Sendable () -> Date = Date.init, logger: Logger
    ) {
        self.store = store
        self.tokens = tokens
        self.passwords = passwords
        self.clock = clock
        self.logger = logger
    }
}
