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
    private func isNull(_ value: any Sendable) -> Bool {
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
    private mutating func fail(_ error: any Error, field: FieldPlan, path: ResponsePath) -> NullBubble {
        record(error, field: field, path: path)
        return NullBubble()
    }

    /// Serializes a scalar through its coercion hook; a hook's message reaches the client.
    private mutating func completeLeafValue(
        _ scalar: GraphQLScalarType, _ value: any Sendable, field: FieldPlan, at position: CompletionPath
    ) throws(NullBubble) -> Value {
        do {
            return try scalar.coercion.serialize(value)
        } catch let error as ScalarCoercionError {
            if isNull(value) { return .null }
            throw fail(GraphQLError(error.message, code: .internalServerError), field: field, path: responsePath(position))
        } catch {
            if isNull(value) { return .null }
            throw fail(error, field: field, path: responsePath(position))
        }
    }

    /// Serializes an enum value given as a `String`, a `RawRepresentable` with a String raw value or a
    /// `Value.string`, checking it names one of the enum's values.
    private mutating func completeEnumValue(
        _ enumType: GraphQLEnumType, _ value: any Sendable, field: FieldPlan, at position: CompletionPath
    ) throws(NullBubble) -> Value {
        let leaf = leafValue(fromResolved: value)
        if leaf == .null || (leaf == nil && isNull(value)) { return .null }
        guard let name = leaf?.stringValue, enumType.hasValue(name) else {
            let message = "Enum \"\(enumType.name)\" cannot represent value: \(describeResolvedValue(value))"
            throw fail(GraphQLError(message, code: .internalServerError), field: field, path: responsePath(position))
        }
        return .string(name)
    }

    /// CompleteListValue: completes each item with the item type, nulling the list when a non-null item
    /// fails; items that are leaves complete straight into a `Value.list`.
    ///
    /// Accepts `Value.list` and any Swift array (`[Tutor]` casts to `[any Sendable]`).
    private mutating func completeListValue(
        _ itemType: TypeReference, _ value: any Sendable, field: FieldPlan, owner: Int, at position: CompletionPath
    ) throws(NullBubble) -> ResultSlot {
        switch value as? Value {
        case .list(let items)?:
            return try completeListItems(items, itemType: itemType, field: field, owner: owner, at: position)
        case .null?:
            return .value(.null)
        default:
            break
        }
        guard let items = value as? [any Sendable] else {
            if isNull(value) { return .value(.null) }
            let message =
                "Expected Iterable, but did not find one for field \"\(field.facts.parentType.name).\(field.definition.name)\"."
            throw fail(GraphQLError(message), field: field, path: responsePath(position))
        }
        return try completeListItems(items, itemType: itemType, field: field, owner: owner, at: position)
    }

    private mutating func completeListItems<Items: Collection>(
        _ items: Items, itemType: TypeReference, field: FieldPlan, owner: Int, at position: CompletionPath
    ) throws(NullBubble) -> ResultSlot where Items.Element: Sendable {
        if field.namedType.isLeaf {
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                leafListIndices.append(index)
                defer { leafListIndices.removeLast() }
                do {
                    let completed = try completeValue(itemType, item, field: field, owner: owner, at: position)
                    if case .value(let value) = completed { values.append(value) }
                } catch {
                    if itemType.isNonNull { throw error }
                    values.append(.null)
                }
            }
            return .value(.list(values))
        }
        let list = tree.addList(count: items.count, parent: owner)
        let firstSlot = tree.node(list).firstSlot
        let listPath = responsePath(position)
        for (index, item) in items.enumerated() {
            do {
                tree.slots[firstSlot + index] = try completeValue(
                    itemType, item, field: field, owner: list,
                    at: CompletionPath(base: listPath.appending(index: index), key: nil))
            } catch {
                if itemType.isNonNull {
                    tree.markNulled(list)
                    throw error
                }
                tree.slots[firstSlot + index] = .value(.null)
            }
        }
        return .node(list)
    }

    /// CompleteObjectValue: a node whose fields the next level executes with the value as their source.
    private mutating func completeObjectValue(
        _ objectType: GraphQLObjectType, _ value: any Sendable, field: FieldPlan, owner: Int, at position: CompletionPath
    ) -> ResultSlot {
        let plan = field.childPlan(for: objectType, planner: planner)
        let node = tree.addObject(plan: plan, parent: owner, path: responsePath(position))
        nextLevel.append(ObjectWork(node: node, source: value, fields: plan.fields.indices))
        return .node(node)
    }

    /// CompleteAbstractValue: resolves the value's object type, then completes it as that object.
    private mutating func completeAbstractValue(
        _ abstractType: GraphQLNamedType, _ value: any Sendable, field: FieldPlan, owner: Int,
        at position: CompletionPath
    ) throws(NullBubble) -> ResultSlot {
        let objectType: GraphQLObjectType
        do {
            objectType = try resolveRuntimeType(abstractType, value, field: field, path: responsePath(position))
        } catch {
            throw fail(error, field: field, path: responsePath(position))
        }
        return completeObjectValue(objectType, value, field: field, owner: owner, at: position)
    }
}

/// Lets `isNull` see through an `Optional` that was boxed as `any Sendable` (an element of `[String?]`).
private protocol BoxedOptional {
    var isNone: Bool { get }
}

extension Optional: BoxedOptional {
    fileprivate var isNone: Bool { self == nil }
}
