/// The `Type.field` coordinates of object fields that have no resolver bound, in schema order, so a
/// server can refuse to start with a schema it does not fully implement. Introspection types are
/// skipped; `ignoring` holds type names or coordinates that may rely on the default resolver.
public func unresolvedFields(in schema: GraphQLSchema, ignoring: Set<String> = []) -> [String] {
    var missing: [String] = []
    for name in schema.typeNames where !Introspection.isIntrospectionType(name) && !ignoring.contains(name) {
        guard case .object(let object)? = schema.namedType(name) else { continue }
        for field in object.fields where field.resolve == nil {
            let coordinate = "\(name).\(field.name)"
            if !ignoring.contains(coordinate) { missing.append(coordinate) }
        }
    }
    return missing
}
