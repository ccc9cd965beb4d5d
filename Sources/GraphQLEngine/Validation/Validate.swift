/// Limits and switches for validating a request, on top of the specification's rules.
public struct ValidationOptions: Sendable {
    /// Validation stops after this many errors, adding one final "Validation aborted." error.
    public var maxErrors = 100
    /// The deepest nesting of selection sets (through fragments) an operation may have; `nil` for no limit.
    public var maxDepth: Int?
    /// The highest cost an operation may have: each field costs 1, and a list field multiplies the cost
    /// of its selections by its `first`/`last` argument (else `defaultListSize`); `nil` for no limit.
    public var maxCost: Int?
    /// How many aliases an operation may use, counting each fragment spread's aliases; `nil` for no limit.
    public var maxAliases: Int?
    /// When `false`, `__schema` and `__type` are rejected (`__typename` stays allowed).
    public var allowIntrospection = true
    /// The list size the cost limit assumes for a list field without a `first`/`last` argument.
    public var defaultListSize = 10
    /// The request's variables, so the cost limit can read `first: $count`; without them a variable's
    /// default value is used, else `defaultListSize`.
    public var variableValues: ObjectValue?

    public init() {}
}

/// Checks an executable document against a schema: every rule of the specification's section 5 plus the
/// limits in `options`, in one traversal.
///
/// Returns no errors when the document may be executed. Every error has the code
/// `GRAPHQL_VALIDATION_FAILED`, graphql-js's message and, when `source` is given, its locations.
public func validate(
    schema: GraphQLSchema, document: Document, source: Source?, options: ValidationOptions = .init()
) -> [GraphQLError] {
    validate(schema: schema, document: document, source: source, options: options, rules: rules(for: options))
}

/// Validates with an explicit list of rules: the entry point tests use to check one rule at a time.
func validate(
    schema: GraphQLSchema, document: Document, source: Source?, options: ValidationOptions = .init(),
    rules: [any ValidationRule.Type]
) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, source: source, options: options)
    let walker = DocumentWalker(context: context, rules: rules.map { $0.init(context: context) })
    walker.walk(document)
    return context.errors
}
