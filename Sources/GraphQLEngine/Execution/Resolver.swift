/// Resolves one field: reads the parent value and coerced arguments, returns a `Resolution`.
///
/// Synchronous on purpose: most fields read a property, and work that must wait returns
/// `.deferred` (a DataLoader promise, batched per level) or `.async` instead of suspending, so
/// the executor can dispatch every batch of a level at once.
public typealias FieldResolver = @Sendable (_ source: any Sendable, _ arguments: ObjectValue, _ info: ResolveInfo) throws
    -> Resolution

/// Decides the concrete object type name of a value of an interface or union.
public typealias TypeResolver = @Sendable (_ value: any Sendable, _ info: ResolveInfo) throws -> String

/// What a resolver returns.
public enum Resolution: Sendable {
    /// A value now; `nil` is GraphQL null.
    case value((any Sendable)?)
    /// A value a batch will deliver; the executor dispatches batches once the level's resolvers ran.
    case deferred(any DeferredValue)
    /// Work that must suspend (a mutation, a paginated query); run concurrently with its siblings.
    case async(@Sendable () async throws -> (any Sendable)?)
}

/// A value that a pending batch settles later (implemented by the DataLoader's promises).
public protocol DeferredValue: Sendable {
    /// Calls `callback` exactly once, when the value is ready or failed (at once if already settled).
    func whenSettled(_ callback: @escaping @Sendable (Result<(any Sendable)?, any Error>) -> Void)
}

/// The per-request batch scheduler the executor drives between levels of the result.
public protocol BatchDispatcher: Sendable {
    /// Runs every batch queued so far; returns `false` when nothing was pending.
    func dispatchPendingBatches() async -> Bool
}

/// A value that knows its GraphQL object type name, so abstract types resolve without a `TypeResolver`.
public protocol GraphQLTypeNamed {
    var graphQLTypeName: String { get }
}

/// What a resolver knows about where it runs.
///
/// Two references wide: the facts shared by every call of one field (and, through them, by the whole
/// request) live in objects built once per request, and the field's path is appended to its parent's path only when
/// read, so resolving a field allocates nothing for its `ResolveInfo`.
public struct ResolveInfo: Sendable {
    private let field: ResolveFieldFacts
    /// The field's path, or its parent object's path when `appendsResponseKey` is set.
    private let basePath: ResponsePath
    private let appendsResponseKey: Bool

    public var fieldName: String { field.fieldName }
    public var fieldNodes: [Field] { field.fieldNodes }
    public var returnType: TypeReference { field.returnType }
    public var parentType: GraphQLObjectType { field.parentType }
    public var path: ResponsePath { appendsResponseKey ? basePath.appending(key: field.responseKey) : basePath }
    public var schema: GraphQLSchema { field.request.schema }
    public var operation: OperationDefinition { field.request.operation }
    public var fragments: [String: FragmentDefinition] { field.request.fragments }
    public var variables: ObjectValue { field.request.variables }
    /// The per-request context the caller passed to `execute` (viewer, loaders, store).
    public var context: any Sendable { field.request.context }

    public init(
        fieldName: String, fieldNodes: [Field], returnType: TypeReference, parentType: GraphQLObjectType,
        path: ResponsePath, schema: GraphQLSchema, operation: OperationDefinition,
        fragments: [String: FragmentDefinition], variables: ObjectValue, context: any Sendable
    ) {
        field = ResolveFieldFacts(
            fieldName: fieldName, responseKey: fieldNodes.first?.responseKey ?? fieldName, fieldNodes: fieldNodes,
            returnType: returnType, parentType: parentType,
            request: ResolveRequestFacts(
                schema: schema, operation: operation, fragments: fragments, variables: variables, context: context))
        basePath = path
        appendsResponseKey = false
    }

    /// The executor's cheap form: shared facts plus the path of the object the field belongs to.
    init(field: ResolveFieldFacts, parentPath: ResponsePath) {
        self.field = field
        basePath = parentPath
        appendsResponseKey = true
    }

    /// For type resolution, where the path (of a list item, say) is already built.
    init(field: ResolveFieldFacts, path: ResponsePath) {
        self.field = field
        basePath = path
        appendsResponseKey = false
    }
}

/// What every call of one field in one request shares: built once per field of the execution plan.
final class ResolveFieldFacts: Sendable {
    let fieldName: String
    /// The key the field's value takes in the response, appended to the parent object's path.
    let responseKey: String
    let fieldNodes: [Field]
    let returnType: TypeReference
    let parentType: GraphQLObjectType
    let request: ResolveRequestFacts

    init(
        fieldName: String, responseKey: String, fieldNodes: [Field], returnType: TypeReference,
        parentType: GraphQLObjectType, request: ResolveRequestFacts
    ) {
        self.fieldName = fieldName
        self.responseKey = responseKey
        self.fieldNodes = fieldNodes
        self.returnType = returnType
        self.parentType = parentType
        self.request = request
    }
}

/// What every resolver of one request shares: built once per execution.
final class ResolveRequestFacts: Sendable {
    let schema: GraphQLSchema
    let operation: OperationDefinition
    let fragments: [String: FragmentDefinition]
    let variables: ObjectValue
    let context: any Sendable

    init(
        schema: GraphQLSchema, operation: OperationDefinition, fragments: [String: FragmentDefinition],
        variables: ObjectValue, context: any Sendable
    ) {
        self.schema = schema
        self.operation = operation
        self.fragments = fragments
        self.variables = variables
        self.context = context
    }
}

/// A response path as a persistent linked list: appending is O(1) and shares the parent's prefix.
public final class ResponsePath: Sendable {
    public let parent: ResponsePath?
    public let component: PathComponent?

    /// The empty path of the root.
    public static let root = ResponsePath(parent: nil, component: nil)

    private init(parent: ResponsePath?, component: PathComponent?) {
        self.parent = parent
        self.component = component
    }

    public func appending(_ component: PathComponent) -> ResponsePath {
        ResponsePath(parent: self, component: component)
    }

    public func appending(key: String) -> ResponsePath { appending(.key(key)) }

    public func appending(index: Int) -> ResponsePath { appending(.index(index)) }

    /// The components from the root down.
    public var components: [PathComponent] {
        var result: [PathComponent] = []
        var node: ResponsePath? = self
        while let current = node, let component = current.component {
            result.append(component)
            node = current.parent
        }
        return result.reversed()
    }
}

/// The resolvers bound to a schema at build time, by type and field name.
public struct ResolverMap: Sendable {
    /// Type name → field name → resolver.
    public var fields: [String: [String: FieldResolver]]
    /// Interface or union name → type resolver.
    public var typeResolvers: [String: TypeResolver]
    /// Custom scalar name → coercion hooks.
    public var scalars: [String: ScalarCoercion]

    public init(
        fields: [String: [String: FieldResolver]] = [:], typeResolvers: [String: TypeResolver] = [:],
        scalars: [String: ScalarCoercion] = [:]
    ) {
        self.fields = fields
        self.typeResolvers = typeResolvers
        self.scalars = scalars
    }
}
