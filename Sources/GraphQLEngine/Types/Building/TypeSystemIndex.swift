/// The type-system definitions of an SDL document, grouped by name so the builder merges each type with
/// its extensions and the rules find duplicates.
struct TypeSystemIndex {
    /// First definition of each type name, in document order.
    private(set) var definitions: [TypeDefinition] = []
    private(set) var definitionsByName: [String: TypeDefinition] = [:]
    /// Every definition of each name, to report duplicates.
    private(set) var allDefinitions: [String: [TypeDefinition]] = [:]
    /// `extend …` nodes by the name they extend, in document order.
    private(set) var extensions: [String: [TypeDefinition]] = [:]
    private(set) var extensionOrder: [String] = []
    private(set) var directives: [DirectiveDefinition] = []
    private(set) var schemaDefinitions: [SchemaDefinition] = []
    private(set) var schemaExtensions: [SchemaDefinition] = []

    init(_ document: Document) {
        for definition in document.definitions {
            switch definition {
            case .type(let type):
                let name = type.name.value
                allDefinitions[name, default: []].append(type)
                if definitionsByName[name] == nil {
                    definitionsByName[name] = type
                    definitions.append(type)
                }
            case .typeExtension(let type):
                let name = type.name.value
                if extensions[name] == nil { extensionOrder.append(name) }
                extensions[name, default: []].append(type)
            case .directive(let directive): directives.append(directive)
            case .schema(let schema): schemaDefinitions.append(schema)
            case .schemaExtension(let schema): schemaExtensions.append(schema)
            case .operation, .fragment: break
            }
        }
    }

    /// The extensions of `name` that have the same kind as its definition (others are reported, not applied).
    func matchingExtensions(of definition: TypeDefinition) -> [TypeDefinition] {
        (extensions[definition.name.value] ?? []).filter { $0.kind == definition.kind }
    }

    /// The definition and its applicable extensions: the nodes every merged list is read from.
    func nodes(of definition: TypeDefinition) -> [TypeDefinition] { [definition] + matchingExtensions(of: definition) }
}

extension TypeDefinition {
    /// The kind a definition declares, to match extensions to definitions.
    var kind: TypeKind {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumType: .enumType
        case .inputObject: .inputObject
        }
    }

    /// Output fields of object and interface definitions; empty for other kinds.
    var fieldDefinitions: [FieldDefinition] {
        switch self {
        case .object(let node), .interface(let node): node.fields
        default: []
        }
    }

    /// Implemented interfaces of object and interface definitions.
    var interfaceNodes: [NamedTypeNode] {
        switch self {
        case .object(let node), .interface(let node): node.interfaces
        default: []
        }
    }

    var description: StringValue? {
        switch self {
        case .scalar(let node): node.description
        case .object(let node), .interface(let node): node.description
        case .union(let node): node.description
        case .enumType(let node): node.description
        case .inputObject(let node): node.description
        }
    }
}

extension TypeKind {
    /// The word SDL and graphql-js messages use for the kind (`object`, `input object`, …).
    var sdlWord: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumType: "enum"
        case .inputObject: "input object"
        case .list: "list"
        case .nonNull: "non-null"
        }
    }
}
