/// A value that exposes its GraphQL fields by name, so fields without a resolver can read it.
///
/// The default resolver asks this instead of reflecting over the value, which keeps plain model types
/// usable as sources without a `Mirror` in the hot path.
public protocol GraphQLFieldReadable {
    /// The value of the field `name`, or `nil` for GraphQL null.
    func graphQLField(_ name: String) -> (any Sendable)?
}

/// What a field without a resolver returns: the source's member of the same name.
///
/// Reads JSON-shaped sources (`Value`, `ObjectValue`), string-keyed dictionaries and
/// `GraphQLFieldReadable` values; anything else has no fields and yields null.
func defaultFieldValue(of source: any Sendable, fieldName: String) -> (any Sendable)? {
    switch source {
    case let object as ObjectValue: object[fieldName]
    case let value as Value: value[fieldName]
    case let dictionary as [String: any Sendable]: dictionary[fieldName]
    case let readable as any GraphQLFieldReadable: readable.graphQLField(fieldName)
    default: nil
    }
}
