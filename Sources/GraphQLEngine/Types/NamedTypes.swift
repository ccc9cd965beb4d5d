// The schema's named types. Immutable classes: built once from SDL at start-up, shared by every
// request without copying, and `Sendable` because nothing in them changes after construction.

/// `__TypeKind`, as introspection reports it.
public enum TypeKind: String, Sendable, Hashable, CaseIterable {
    case scalar = "SCALAR"
    case object = "OBJECT"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumType = "ENUM"
    case inputObject = "INPUT_OBJECT"
    case list = "LIST"
    case nonNull = "NON_NULL"
}

/// Any named type of a schema.
public enum GraphQLNamedType: Sendable {
    case scalar(GraphQLScalarType)
    case object(GraphQLObjectType)
    case interface(GraphQLInterfaceType)
    case union(GraphQLUnionType)
    case enumType(GraphQLEnumType)
    case inputObject(GraphQLInputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): type.name
        case .object(let type): type.name
        case .interface(let type): type.name
        case .union(let type): type.name
        case .enumType(let type): type.name
        case .inputObject(let type): type.name
        }
    }

    public var description: String? {
        switch self {
        case .scalar(let type): type.description
        case .object(let type): type.description
        case .interface(let type): type.description
        case .union(let type): type.description
        case .enumType(let type): type.description
        case .inputObject(let type): type.description
        }
    }

    public var kind: TypeKind {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumType: .enumType
        case .inputObject: .inputObject
        }
    }

    /// Scalars, enums and input objects may appear in arguments and variables.
    public var isInputType: Bool {
        switch self {
        case .scalar, .enumType, .inputObject: true
        case .object, .interface, .union: false
        }
    }

    /// Everything but input objects may be a field's type.
    public var isOutputType: Bool {
        if case .inputObject = self { return false }
        return true
    }

    /// Scalars and enums end a selection: they take no sub-selection.
    public var isLeaf: Bool {
        switch self {
        case .scalar, .enumType: true
        default: false
        }
    }

    /// Interfaces and unions: the concrete object type is decided per value.
    public var isAbstract: Bool {
        switch self {
        case .interface, .union: true
        default: false
        }
    }

    /// Objects, interfaces and unions: types with a selection set.
    public var isComposite: Bool {
        switch self {
        case .object, .interface, .union: true
        default: false
        }
    }

    /// The fields of an object or interface type; `nil` for other kinds.
    public var fields: FieldMap? {
        switch self {
        case .object(let type): type.fields
        case .interface(let type): type.fields
        default: nil
        }
    }
}

/// The coercion hooks of a scalar: how it serializes results and parses inputs.
///
/// Each hook throws `ScalarCoercionError` with a message that names what was wrong; the engine adds
/// locations and paths.
public struct ScalarCoercion: Sendable {
    /// A resolver's value → a result value.
    public var serialize: @Sendable (any Sendable) throws -> Value
    /// A variable's JSON value → the internal input value.
    public var parseValue: @Sendable (Value) throws -> Value
    /// A literal from the document (never a variable) → the internal input value.
    public var parseLiteral: @Sendable (ValueNode) throws -> Value

    public init(
        serialize: @escaping @Sendable (any Sendable) throws -> Value,
        parseValue: @escaping @Sendable (Value) throws -> Value,
        parseLiteral: @escaping @Sendable (ValueNode) throws -> Value
    ) {
        self.serialize = serialize
        self.parseValue = parseValue
        self.parseLiteral = parseLiteral
    }
}

/// Thrown by scalar hooks; the message is shown to the client.
public struct ScalarCoercionError: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) { self.message = message }
}

/// `scalar Name`: a leaf with coercion hooks.
public final class GraphQLScalarType: Sendable {
    public let name: String
    public let description: String?
    public let specifiedByURL: String?
    public let coercion: ScalarCoercion

    public init(name: String, description: String? = nil, specifiedByURL: String? = nil, coercion: ScalarCoercion) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.coercion = coercion
    }
}

/// An output field of an object or interface type, with the resolver bound to it.
public final class GraphQLField: Sendable {
    public let name: String
    public let description: String?
    public let arguments: [GraphQLInputValue]
    public let type: TypeReference
    public let deprecationReason: String?
    /// `nil` means the default resolver: read the property of the same name from the source.
    public let resolve: FieldResolver?

    public init(
        name: String, description: String? = nil, arguments: [GraphQLInputValue] = [], type: TypeReference,
        deprecationReason: String? = nil, resolve: FieldResolver? = nil
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
        self.resolve = resolve
    }

    public func argument(named name: String) -> GraphQLInputValue? {
        arguments.first { $0.name == name }
    }
}

/// Fields in definition order, with lookup by name.
public struct FieldMap: Sendable, RandomAccessCollection {
    public let ordered: [GraphQLField]
    private let index: [String: Int]

    public init(_ fields: [GraphQLField]) {
        ordered = fields
        var index: [String: Int] = [:]
        for (position, field) in fields.enumerated() where index[field.name] == nil { index[field.name] = position }
        self.index = index
    }

    public var startIndex: Int { ordered.startIndex }
    public var endIndex: Int { ordered.endIndex }
    public subscript(position: Int) -> GraphQLField { ordered[position] }

    public subscript(name: String) -> GraphQLField? {
        index[name].map { ordered[$0] }
    }
}

/// An argument, an input object field, or a directive argument.
public struct GraphQLInputValue: Sendable {
    public let name: String
    public let description: String?
    public let type: TypeReference
    /// The default, already coerced to the internal input shape.
    public let defaultValue: Value?
    public let deprecationReason: String?

    public init(
        name: String, description: String? = nil, type: TypeReference, defaultValue: Value? = nil,
        deprecationReason: String? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
    }
}

/// `type Name implements …`: a concrete output type.
public final class GraphQLObjectType: Sendable {
    public let name: String
    public let description: String?
    public let fields: FieldMap
    /// Names of the interfaces it implements, in declaration order.
    public let interfaces: [String]

    public init(name: String, description: String? = nil, fields: [GraphQLField], interfaces: [String] = []) {
        self.name = name
        self.description = description
        self.fields = FieldMap(fields)
        self.interfaces = interfaces
    }
}

/// `interface Name implements …`: an abstract type with fields.
public final class GraphQLInterfaceType: Sendable {
    public let name: String
    public let description: String?
    public let fields: FieldMap
    public let interfaces: [String]
    /// Decides a value's concrete object type; `nil` falls back to `GraphQLTypeNamed`.
    public let resolveType: TypeResolver?

    public init(
        name: String, description: String? = nil, fields: [GraphQLField], interfaces: [String] = [],
        resolveType: TypeResolver? = nil
    ) {
        self.name = name
        self.description = description
        self.fields = FieldMap(fields)
        self.interfaces = interfaces
        self.resolveType = resolveType
    }
}

/// `union Name = A | B`: an abstract type over object types.
public final class GraphQLUnionType: Sendable {
    public let name: String
    public let description: String?
    public let types: [String]
    public let resolveType: TypeResolver?

    public init(name: String, description: String? = nil, types: [String], resolveType: TypeResolver? = nil) {
        self.name = name
        self.description = description
        self.types = types
        self.resolveType = resolveType
    }
}

/// One value of an enum type.
public struct GraphQLEnumValue: Sendable {
    public let name: String
    public let description: String?
    public let deprecationReason: String?

    public init(name: String, description: String? = nil, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
    }
}

/// `enum Name { … }`: values travel as `.string(name)` internally.
public final class GraphQLEnumType: Sendable {
    public let name: String
    public let description: String?
    public let values: [GraphQLEnumValue]
    private let index: Set<String>

    public init(name: String, description: String? = nil, values: [GraphQLEnumValue]) {
        self.name = name
        self.description = description
        self.values = values
        index = Set(values.map(\.name))
    }

    public func hasValue(_ name: String) -> Bool { index.contains(name) }
}

/// `input Name { … }`, possibly `@oneOf`.
public final class GraphQLInputObjectType: Sendable {
    public let name: String
    public let description: String?
    public let fields: [GraphQLInputValue]
    /// Exactly one field must be given, and not null (the `@oneOf` directive).
    public let isOneOf: Bool

    public init(name: String, description: String? = nil, fields: [GraphQLInputValue], isOneOf: Bool = false) {
        self.name = name
        self.description = description
        self.fields = fields
        self.isOneOf = isOneOf
    }

    public func field(named name: String) -> GraphQLInputValue? {
        fields.first { $0.name == name }
    }
}
