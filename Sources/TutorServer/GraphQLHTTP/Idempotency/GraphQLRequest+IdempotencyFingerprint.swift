import GraphQLEngine
import TutorStore

extension GraphQLRequest {
    /// The SHA-256 of the request's canonical JSON, `{"operationName":…,"query":…,"variables":…}` with every
    /// object's keys sorted: a retry whose variables are written in another key order is the same request, a
    /// changed query text or value is not. `extensions` are left out: they carry transport hints, not work.
    var idempotencyFingerprint: IdempotencyFingerprint {
        let canonical: ObjectValue = [
            "operationName": operationName.map(Value.string) ?? .null,
            "query": .string(query),
            "variables": Value.object(variables ?? [:]).sortingObjectKeys,
        ]
        return IdempotencyFingerprint(hashing: JSON.encode(.object(canonical)))
    }
}

extension Value {
    /// This value with the keys of every object, at any depth, in UTF-8 byte order (total and locale-free).
    var sortingObjectKeys: Value {
        switch self {
        case .list(let elements):
            return .list(elements.map(\.sortingObjectKeys))
        case .object(let object):
            let sorted = object.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return .object(ObjectValue(sorted.map { ObjectValue.Entry(key: $0.key, value: $0.value.sortingObjectKeys) }))
        default:
            return self
        }
    }
}
