/// Where a value being completed goes in the response, kept unbuilt because most values never need a path.
///
/// The path is `base` plus `key`, plus the indices of the enclosing leaf lists (`Executor.leafListIndices`);
/// items of lists of objects get their own `base`, which their object nodes keep.
struct CompletionPath {
    let base: ResponsePath
    let key: String?
}

extension Executor {
    /// CompleteValue: turns a resolved value into its result for `type`.
    ///
    /// Leaves serialize at once; objects become nodes whose fields run at the next level. On an error the
    /// error is recorded and `NullBubble` thrown, which the nearest nullable position turns into null.
    mutating func completeValue(
        _ type: TypeReference, _ value: (any Sendable)?, field: FieldPlan, owner: Int, at position: CompletionPath
    ) throws(NullBubble) -> ResultSlot {
        if case .nonNull(let inner) = type {
            let completed = try completeValue(inner, value, field: field, owner: owner, at: position)
            switch completed {
            case .value(.null):
                let message = "Cannot return null for non-nullable field \(field.facts.parentType.name).\(field.definition.name)."
                throw fail(GraphQLError(message), field: field, path: responsePath(position))
            case .node(let node):
                tree.rejectNull(node)
            case .value, .pending:
                break
            }
            return completed
        }
        guard let value else { return .value(.null) }
        if case .list(let itemType) = type {
            return try completeListValue(itemType, value, field: field, owner: owner, at: position)
        }
        // Leaves check for `Value.null` only when serializing fails, keeping a cast off the hot path.
        switch field.namedType {
        case .scalar(let scalar):
            return .value(try completeLeafValue(scalar, value, field: field, at: position))
        case .enumType(let enumType):
            return .value(try completeEnumValue(enumType, value, field: field, at: position))
        case .object(let objectType):
            if isNull(value) { return .value(.null) }
            return completeObjectValue(objectType, value, field: field, owner: owner, at: position)
        case .interface, .union:
            if isNull(value) { return .value(.null) }
            return try completeAbstractValue(field.namedType, value, field: field, owner: owner, at: position)
        case .inputObject:
            let message = "Cannot complete value of unexpected output type \"\(type)\"."
            throw fail(GraphQLError(message), field: field, path: responsePath(position))
        }
    }

    /// Whether a resolved value stands for GraphQL null although it is not `nil` itself: JSON null, or a
    /// `nil` optional boxed inside an array element or dictionary value.
    func isNull(_ value: any Sendable) -> Bool {
        switch value {
        case let json as Value: json.isNull
        case let optional as any BoxedOptional: optional.isNone
        default: false
        }
    }

    /// The response path of a position: its base, its key, then the indices of the leaf lists being completed.
    func responsePath(_ position: CompletionPath) -> ResponsePath {
        var path = position.key.map { position.base.appending(key: $0) } ?? position.base
        for index in leafListIndices { path = path.appending(index: index) }
        return path
    }

    /// Records `error` at `path` and returns the marker to throw.
    mutating func fail(_ error: any Error, field: FieldPlan, path: ResponsePath) -> NullBubble {
        record(error, field: field, path: path)
        return NullBubble()
    }
}

/// Lets `isNull` see through an `Optional` that was boxed as `any Sendable` (an element of `[String?]`).
private protocol BoxedOptional {
    var isNone: Bool { get }
}

extension Optional: BoxedOptional {
    fileprivate var isNone: Bool { self == nil }
}
