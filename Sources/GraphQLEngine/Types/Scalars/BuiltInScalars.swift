/// The five scalars every schema has, with the spec's coercion rules (§3.5) and graphql-js's messages.
public enum BuiltInScalars {
    /// A signed 32-bit integer.
    public static let int = GraphQLScalarType(
        name: "Int",
        description:
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        coercion: IntCoercion.hooks
    )
    /// A finite double-precision number.
    public static let float = GraphQLScalarType(
        name: "Float",
        description:
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        coercion: FloatCoercion.hooks
    )
    /// UTF-8 text.
    public static let string = GraphQLScalarType(
        name: "String",
        description:
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        coercion: StringCoercion.hooks
    )
    /// `true` or `false`.
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "The `Boolean` scalar type represents `true` or `false`.",
        coercion: BooleanCoercion.hooks
    )
    /// An opaque identifier, serialized as a string; accepts string or integer input.
    public static let id = GraphQLScalarType(
        name: "ID",
        description:
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        coercion: IDCoercion.hooks
    )

    /// All five, in the spec's order.
    public static let all: [GraphQLScalarType] = [int, float, string, boolean, id]

    /// The built-in scalar of that name, if it is one.
    public static func named(_ name: String) -> GraphQLScalarType? {
        switch name {
        case "Int": int
        case "Float": float
        case "String": string
        case "Boolean": boolean
        case "ID": id
        default: nil
        }
    }
}
