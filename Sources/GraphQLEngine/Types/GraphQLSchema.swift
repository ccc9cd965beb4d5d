/// A validated schema: root types, every named type by name, directives, and the precomputed
/// abstract → concrete relations that validation and execution ask about on hot paths.
public final class GraphQLSchema: Sendable {
    public let description: String?
    public let queryType: GraphQLObjectType
    public let mutationType: GraphQLObjectType?
    public let subscriptionType: GraphQLObjectType?
    /// Every named type, including built-in scalars and the introspection types.
    public let types: [String: GraphQLNamedType]
    /// Type names in definition order, for introspection and printing.
    public let typeNames: [String]
    public let directives: [GraphQLDirective]
    /// Abstract type name → the object types that implement or belong to it, in definition order.
    private let possibleTypesByAbstract: [String: [GraphQLObjectType]]
    /// Abstract type name → names of object and interface types that are its subtypes.
    private let subtypesByAbstract: [String: Set<String>]

    public init(
        description: String? = nil,
        queryType: GraphQLObjectType,
        mutationType: GraphQLObjectType? = nil,
        subscriptionType: GraphQLObjectType? = nil,
        types: [GraphQLNamedType],
        directives: [GraphQLDirective]
    ) {
        self.description = description
        self.queryType = queryType
        self.mutationType = mutationType
        self.subscriptionType = subscriptionType
        var byName: [String: GraphQLNamedType] = [:]
        var names: [String] = []
        for type in types where byName[type.name] == nil {
            byName[type.name] = type
            names.append(type.name)
        }
        self.types = byName
        typeNames = names
        self.directives = directives

        var possible: [String: [GraphQLObjectType]] = [:]
        var subtypes: [String: Set<String>] = [:]
        for name in names {
            switch byName[name] {
            case .object(let object)?:
                for interface in object.interfaces {
                    possible[interface, default: []].append(object)
                    subtypes[interface, default: []].insert(object.name)
                }
            case .interface(let interface)?:
                for parent in interface.interfaces { subtypes[parent, default: []].insert(interface.name) }
            case .union(let union)?:
                for member in union.types {
                    if case .object(let object)? = byName[member] { possible[union.name, default: []].append(object) }
                    subtypes[union.name, default: []].insert(member)
                }
            default:
                break
            }
        }
        possibleTypesByAbstract = possible
        subtypesByAbstract = subtypes
    }

    public func namedType(_ name: String) -> GraphQLNamedType? { types[name] }

    public func directive(named name: String) -> GraphQLDirective? {
        directives.first { $0.name == name }
    }

    /// The root type for an operation, or `nil` when the schema does not support it.
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        switch operation {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
    }

    /// The object types an interface or union may resolve to.
    public func possibleTypes(of abstractType: String) -> [GraphQLObjectType] {
        possibleTypesByAbstract[abstractType] ?? []
    }

    /// Whether `subtype` (an object or interface) belongs to / implements the abstract type.
    public func isSubtype(_ subtype: String, of abstractType: String) -> Bool {
        subtypesByAbstract[abstractType]?.contains(subtype) ?? false
    }
}
