extension GraphQLError {
    /// The error as the response's `errors` entry: `message`, then `locations`, `path` and `extensions`
    /// when they have content, in graphql-js's key order.
    public var jsonObject: ObjectValue {
        var object = ObjectValue()
        object.appendUnchecked(key: "message", value: .string(message))
        if !locations.isEmpty {
            let positions = locations.map { position -> Value in
                .object(["line": .int(position.line), "column": .int(position.column)])
            }
            object.appendUnchecked(key: "locations", value: .list(positions))
        }
        if let path {
            let components = path.map { component -> Value in
                switch component {
                case .key(let key): .string(key)
                case .index(let index): .int(index)
                }
            }
            object.appendUnchecked(key: "path", value: .list(components))
        }
        if !extensions.isEmpty {
            object.appendUnchecked(key: "extensions", value: .object(extensions))
        }
        return object
    }
}

extension JSON {
    /// Appends `error` as a JSON object (see `GraphQLError.jsonObject`).
    public static func encode(_ error: GraphQLError, into bytes: inout [UInt8]) {
        JSONWriter.writeObject(error.jsonObject, into: &bytes)
    }
}
