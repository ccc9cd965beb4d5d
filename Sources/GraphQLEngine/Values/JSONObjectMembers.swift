/// An object's members as the reader collects them: insertion order kept, a repeated key replaced in place.
///
/// Small objects find a repeated key by scanning; past `indexThreshold` members a hash index takes over, so a
/// hostile body with 100,000 keys costs linear time, not quadratic.
struct ObjectMembers {
    private static var indexThreshold: Int { 16 }

    private var entries: [ObjectValue.Entry] = []
    private var positions: [String: Int]?

    /// Adds `key`, or replaces its value where it first appeared (JavaScript's `JSON.parse` semantics).
    mutating func set(_ key: String, _ value: Value) {
        if let existing = position(of: key) {
            entries[existing].value = value
            return
        }
        positions?[key] = entries.count
        entries.append(ObjectValue.Entry(key: key, value: value))
        if positions == nil, entries.count > Self.indexThreshold {
            positions = Dictionary(entries.indices.map { (entries[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    var object: ObjectValue { ObjectValue(entries) }
}
