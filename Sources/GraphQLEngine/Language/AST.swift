// The typed abstract syntax tree of GraphQL documents, executable and type-system alike.
//
// Value types all the way down (enums and structs, no class hierarchy and no casts); every node
// carries the `Location` of its source text. Type-system extensions reuse the definition structs
// with `description == nil`, the way the grammar reuses their productions. No enum case is
// `indirect`: arrays already hold their elements out of line and `TypeNode` (its own file) keeps its
// wrappers flat, so neither a value literal nor a type reference costs an allocation of its own.

/// `Document : Definition+`
public struct Document: Sendable, Hashable {
    public var definitions: [Definition]
    public var loc: Location

    public init(definitions: [Definition], loc: Location) {
        self.definitions = definitions
        self.loc = loc
    }
}

/// `Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension`
public enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinition)
    case type(TypeDefinition)
    case directive(DirectiveDefinition)
    case schemaExtension(SchemaDefinition)
    case typeExtension(TypeDefinition)

    public var loc: Location {
        switch self {
        case .operation(let node): node.loc
        case .fragment(let node): node.loc
        case .schema(let node), .schemaExtension(let node): node.loc
        case .type(let node), .typeExtension(let node): node.loc
        case .directive(let node): node.loc
        }
    }
}

/// A name token with its location.
public struct Name: Sendable, Hashable, CustomStringConvertible {
    public var value: String
    public var loc: Location

    public init(_ value: String, loc: Location) {
        self.value = value
        self.loc = loc
    }

    public var description: String { value }
}

// MARK: - Executable definitions

/// `OperationType : one of query mutation subscription`
public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query, mutation, subscription
}

/// `OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet`
public struct OperationDefinition: Sendable, Hashable {
    /// The node's properties in a struct the compiler initializes memberwise, as `Field` does: an
    /// explicit `init` assigning them one by one copies the whole node once more on the way out.
    private var parts: Parts

    private struct Parts: Sendable, Hashable {
        var description: StringValue?
        var operation: OperationType
        var name: Name?
        var variableDefinitions: [VariableDefinition]
        var directives: [Directive]
        var selectionSet: SelectionSet
        var loc: Location
    }

    public init(
        description: StringValue? = nil, operation: OperationType, name: Name?,
        variableDefinitions: [VariableDefinition], directives: [Directive], selectionSet: SelectionSet, loc: Location
    ) {
        parts = Parts(
            description: description, operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet, loc: loc)
    }

    public var description: StringValue? {
        get { parts.description }
        set { parts.description = newValue }
    }
    public var operation: OperationType {
        get { parts.operation }
        set { parts.operation = newValue }
    }
    public var name: Name? {
        get { parts.name }
        set { parts.name = newValue }
    }
    public var variableDefinitions: [VariableDefinition] {
        get { parts.variableDefinitions }
        set { parts.variableDefinitions = newValue }
    }
    public var directives: [Directive] {
        get { parts.directives }
        set { parts.directives = newValue }
    }
    public var selectionSet: SelectionSet {
        get { parts.selectionSet }
        set { parts.selectionSet = newValue }
    }
    public var loc: Location {
        get { parts.loc }
        set { parts.loc = newValue }
    }
}

/// `VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?`
public struct VariableDefinition: Sendable, Hashable {
    /// The node's properties in a struct the compiler initializes memberwise, as `Field` does: an
    /// explicit `init` assigning them one by one copies the whole node once more on the way out.
    private var parts: Parts

    private struct Parts: Sendable, Hashable {
        var description: StringValue?
        var variable: Variable
        var type: TypeNode
        var defaultValue: ValueNode?
        var directives: [Directive]
        var loc: Location
    }

    public init(
        description: StringValue? = nil, variable: Variable, type: TypeNode, defaultValue: ValueNode?,
        directives: [Directive], loc: Location
    ) {
        parts = Parts(
            description: description, variable: variable, type: type, defaultValue: defaultValue, directives: directives,
            loc: loc)
    }

    public var description: StringValue? {
        get { parts.description }
        set { parts.description = newValue }
    }
    public var variable: Variable {
        get { parts.variable }
        set { parts.variable = newValue }
    }
    public var type: TypeNode {
        get { parts.type }
        set { parts.type = newValue }
    }
    public var defaultValue: ValueNode? {
        get { parts.defaultValue }
        set { parts.defaultValue = newValue }
    }
    public var directives: [Directive] {
        get { parts.directives }
        set { parts.directives = newValue }
    }
    public var loc: Location {
        get { parts.loc }
        set { parts.loc = newValue }
    }
}

/// `Variable : $ Name`
public struct Variable: Sendable, Hashable {
    public var name: Name
    public var loc: Location

    public init(name: Name, loc: Location) {
        self.name = name
        self.loc = loc
    }
}

/// `SelectionSet : { Selection+ }`
public struct SelectionSet: Sendable, Hashable {
    public var selections: [Selection]
    public var loc: Location

    public init(selections: [Selection], loc: Location) {
        self.selections = selections
        self.loc = loc
    }
}

/// `Selection : Field | FragmentSpread | InlineFragment`
public enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var loc: Location {
        switch self {
        case .field(let node): node.loc
        case .fragmentSpread(let node): node.loc
        case .inlineFragment(let node): node.loc
        }
    }

    public var directives: [Directive] {
        switch self {
        case .field(let node): node.directives
        case .fragmentSpread(let node): node.directives
        case .inlineFragment(let node): node.directives
        }
    }
}

/// `Field : Alias? Name Arguments? Directives? SelectionSet?`
public struct Field: Sendable, Hashable {
    /// The node's properties, stored in a struct the compiler initializes memberwise: an explicit
    /// `init` assigning a value this large property by property copies it once more on the way out.
    private var parts: Parts

    private struct Parts: Sendable, Hashable {
        var alias: Name?
        var name: Name
        var arguments: [Argument]
        var directives: [Directive]
        var selectionSet: SelectionSet?
        var loc: Location
    }

    public init(
        alias: Name?, name: Name, arguments: [Argument], directives: [Directive], selectionSet: SelectionSet?,
        loc: Location
    ) {
        parts = Parts(
            alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet,
            loc: loc)
    }

    public var alias: Name? {
        get { parts.alias }
        set { parts.alias = newValue }
    }
    public var name: Name {
        get { parts.name }
        set { parts.name = newValue }
    }
    public var arguments: [Argument] {
        get { parts.arguments }
        set { parts.arguments = newValue }
    }
    public var directives: [Directive] {
        get { parts.directives }
        set { parts.directives = newValue }
    }
    public var selectionSet: SelectionSet? {
        get { parts.selectionSet }
        set { parts.selectionSet = newValue }
    }
    public var loc: Location {
        get { parts.loc }
        set { parts.loc = newValue }
    }

    /// The key this field's value takes in the response: the alias when given, else the name.
    public var responseKey: String { alias?.value ?? name.value }
}

/// `Argument : Name : Value`
///
/// It spans from its name to the end of its value, so its location is derived from theirs, not stored.
public struct Argument: Sendable, Hashable {
    public var name: Name
    public var value: ValueNode

    /// `loc` must run from the name's start to the value's end, as every parsed one does.
    public init(name: Name, value: ValueNode, loc: Location) {
        self.name = name
        self.value = value
        assert(loc == self.loc, "a Argument spans its name and value")
    }

    public var loc: Location { Location(start: name.loc.start, end: value.loc.end) }
}

/// `FragmentSpread : ... FragmentName Directives?`
public struct FragmentSpread: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var loc: Location

    public init(name: Name, directives: [Directive], loc: Location) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `InlineFragment : ... TypeCondition? Directives? SelectionSet`
public struct InlineFragment: Sendable, Hashable {
    /// The node's properties in a struct the compiler initializes memberwise, as `Field` does: an
    /// explicit `init` assigning them one by one copies the whole node once more on the way out.
    private var parts: Parts

    private struct Parts: Sendable, Hashable {
        var typeCondition: NamedTypeNode?
        var directives: [Directive]
        var selectionSet: SelectionSet
        var loc: Location
    }

    public init(
        typeCondition: NamedTypeNode?, directives: [Directive], selectionSet: SelectionSet, loc: Location
    ) {
        parts = Parts(typeCondition: typeCondition, directives: directives, selectionSet: selectionSet, loc: loc)
    }

    public var typeCondition: NamedTypeNode? {
        get { parts.typeCondition }
        set { parts.typeCondition = newValue }
    }
    public var directives: [Directive] {
        get { parts.directives }
        set { parts.directives = newValue }
    }
    public var selectionSet: SelectionSet {
        get { parts.selectionSet }
        set { parts.selectionSet = newValue }
    }
    public var loc: Location {
        get { parts.loc }
        set { parts.loc = newValue }
    }
}

/// `FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet`
public struct FragmentDefinition: Sendable, Hashable {
    /// The node's properties in a struct the compiler initializes memberwise, as `Field` does: an
    /// explicit `init` assigning them one by one copies the whole node once more on the way out.
    private var parts: Parts

    private struct Parts: Sendable, Hashable {
        var description: StringValue?
        var name: Name
        var typeCondition: NamedTypeNode
        var directives: [Directive]
        var selectionSet: SelectionSet
        var loc: Location
    }

    public init(
        description: StringValue? = nil, name: Name, typeCondition: NamedTypeNode, directives: [Directive],
        selectionSet: SelectionSet, loc: Location
    ) {
        parts = Parts(
            description: description, name: name, typeCondition: typeCondition, directives: directives,
            selectionSet: selectionSet, loc: loc)
    }

    public var description: StringValue? {
        get { parts.description }
        set { parts.description = newValue }
    }
    public var name: Name {
        get { parts.name }
        set { parts.name = newValue }
    }
    public var typeCondition: NamedTypeNode {
        get { parts.typeCondition }
        set { parts.typeCondition = newValue }
    }
    public var directives: [Directive] {
        get { parts.directives }
        set { parts.directives = newValue }
    }
    public var selectionSet: SelectionSet {
        get { parts.selectionSet }
        set { parts.selectionSet = newValue }
    }
    public var loc: Location {
        get { parts.loc }
        set { parts.loc = newValue }
    }
}

// MARK: - Values

/// `Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue`
///
/// Int and Float keep their source text so coercion decides range and precision, not the parser.
public enum ValueNode: Sendable, Hashable {
    case variable(Variable)
    case int(String, Location)
    case float(String, Location)
    case string(StringValue)
    case boolean(Bool, Location)
    case null(Location)
    case enumValue(String, Location)
    case list([ValueNode], Location)
    case object([ObjectField], Location)

    public var loc: Location {
        switch self {
        case .variable(let node): node.loc
        case .string(let node): node.loc
        case .int(_, let loc), .float(_, let loc), .boolean(_, let loc), .null(let loc), .enumValue(_, let loc),
            .list(_, let loc), .object(_, let loc):
            loc
        }
    }
}

/// A string literal; `block` remembers whether it was written as `"""…"""` so the printer can keep it.
public struct StringValue: Sendable, Hashable {
    public var value: String
    public var block: Bool
    public var loc: Location

    public init(value: String, block: Bool, loc: Location) {
        self.value = value
        self.block = block
        self.loc = loc
    }
}

/// `ObjectField : Name : Value`
///
/// It spans from its name to the end of its value, so its location is derived from theirs, not stored.
public struct ObjectField: Sendable, Hashable {
    public var name: Name
    public var value: ValueNode

    /// `loc` must run from the name's start to the value's end, as every parsed one does.
    public init(name: Name, value: ValueNode, loc: Location) {
        self.name = name
        self.value = value
        assert(loc == self.loc, "a ObjectField spans its name and value")
    }

    public var loc: Location { Location(start: name.loc.start, end: value.loc.end) }
}

/// `Directive : @ Name Arguments?`
public struct Directive: Sendable, Hashable {
    public var name: Name
    public var arguments: [Argument]
    public var loc: Location

    public init(name: Name, arguments: [Argument], loc: Location) {
        self.name = name
        self.arguments = arguments
        self.loc = loc
    }
}

// MARK: - Type references

/// `NamedType : Name`
///
/// A named type is its name and nothing more, so its location is the name's, stored once.
public struct NamedTypeNode: Sendable, Hashable {
    public var name: Name

    /// A named type spanning `loc`, which becomes its name's location too.
    public init(name: Name, loc: Location) {
        self.name = name
        self.name.loc = loc
    }

    public var loc: Location {
        get { name.loc }
        set { name.loc = newValue }
    }
}

// MARK: - Type-system definitions

/// `SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }`;
/// also the body of `SchemaExtension`.
public struct SchemaDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    public var loc: Location

    public init(
        description: StringValue?, directives: [Directive], operationTypes: [OperationTypeDefinition], loc: Location
    ) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// `RootOperationTypeDefinition : OperationType : NamedType`
public struct OperationTypeDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var type: NamedTypeNode
    public var loc: Location

    public init(operation: OperationType, type: NamedTypeNode, loc: Location) {
        self.operation = operation
        self.type = type
        self.loc = loc
    }
}

/// `TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition`
public enum TypeDefinition: Sendable, Hashable {
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumType(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)

    public var name: Name {
        switch self {
        case .scalar(let node): node.name
        case .object(let node): node.name
        case .interface(let node): node.name
        case .union(let node): node.name
        case .enumType(let node): node.name
        case .inputObject(let node): node.name
        }
    }

    public var loc: Location {
        switch self {
        case .scalar(let node): node.loc
        case .object(let node): node.loc
        case .interface(let node): node.loc
        case .union(let node): node.loc
        case .enumType(let node): node.loc
        case .inputObject(let node): node.loc
        }
    }

    public var directives: [Directive] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumType(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }
}

/// `ScalarTypeDefinition : Description? scalar Name Directives[Const]?`
public struct ScalarTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var loc: Location

    public init(description: StringValue?, name: Name, directives: [Directive], loc: Location) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`
public struct ObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [NamedTypeNode]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, interfaces: [NamedTypeNode], directives: [Directive],
        fields: [FieldDefinition], loc: Location
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`
public typealias InterfaceTypeDefinition = ObjectTypeDefinition

/// `FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?`
public struct FieldDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeNode
    public var directives: [Directive]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, arguments: [InputValueDefinition], type: TypeNode,
        directives: [Directive], loc: Location
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.loc = loc
    }
}

/// `InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?`
public struct InputValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var type: TypeNode
    public var defaultValue: ValueNode?
    public var directives: [Directive]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, type: TypeNode, defaultValue: ValueNode?, directives: [Directive],
        loc: Location
    ) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// `UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?`
public struct UnionTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var types: [NamedTypeNode]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, directives: [Directive], types: [NamedTypeNode], loc: Location
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// `EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?`
public struct EnumTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, directives: [Directive], values: [EnumValueDefinition], loc: Location
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// `EnumValueDefinition : Description? EnumValue Directives[Const]?`
public struct EnumValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var loc: Location

    public init(description: StringValue?, name: Name, directives: [Directive], loc: Location) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?`
public struct InputObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, directives: [Directive], fields: [InputValueDefinition],
        loc: Location
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations`
public struct DirectiveDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    public var locations: [Name]
    public var loc: Location

    public init(
        description: StringValue?, name: Name, arguments: [InputValueDefinition], isRepeatable: Bool,
        locations: [Name], loc: Location
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.loc = loc
    }
}
