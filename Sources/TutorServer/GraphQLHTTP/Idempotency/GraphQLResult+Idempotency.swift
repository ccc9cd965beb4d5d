import GraphQLEngine

extension GraphQLResult {
    /// Whether none of the root fields `rootResponseKeys` can have done its work, so the idempotency key is
    /// released for a retry instead of storing this result: nothing executed (request errors only), or every
    /// root field itself failed with `INTERNAL_SERVER_ERROR` (a transient failure; its transaction rolled back).
    ///
    /// An internal error deeper in a payload (reading the booking after it was made) does not count: the write
    /// committed, and running it again would repeat it. Neither does a user-facing error such as `CONFLICT`:
    /// it is the request's answer, replayed like any other.
    func leftAllWorkUndone(rootResponseKeys: [String]) -> Bool {
        if data == nil { return errors.allSatisfy { $0.path == nil } }
        let failedInternally = Set(
            errors.lazy.filter { $0.code == .internalServerError }.compactMap { error -> String? in
                guard let path = error.path, path.count == 1, case .key(let key) = path[0] else { return nil }
                return key
            })
        return !rootResponseKeys.isEmpty && rootResponseKeys.allSatisfy(failedInternally.contains)
    }
}
