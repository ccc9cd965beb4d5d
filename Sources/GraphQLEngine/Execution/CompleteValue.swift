extension Executor {
    /// CompleteValue: turns a resolved value into its result for `type`.
    ///
    /// Leaves serialize at once; objects become nodes whose fields run at the next level. On an error the
    /// error is recorded and `NullBubble` thrown, which the nearest nullable position turns into null.
    mutating func completeValue(
        _ type: TypeReference, _ value: (any Sendable)?, field: FieldPlan, owner: Int, path: () -> ResponsePath
    ) throws(NullBubble) -> ResultSlot {
        if case .nonNull(let inner) = type {
            let completed = try completeValue(inner, value, field: field, owner: owner, path: path)
            switch completed {
            case .value(.null):
                let message = "Cannot return null for non-nullable field \(field.facts.parentType.name).\(field.definition.name)."
                throw fail(GraphQLError(message), field: field, path: path())
            case .node(let node):
                tree.rejectNull(node)
            case .value, .pending:
                break
            }
            return completed
        }
        guard let value else { return .value(.null) }
        let json = value as? Value
        if json?.isNull == true { return .value(.null) }
        if case .list(let itemType) = type {
            return try completeListValue(itemType, json ?? value, field: field, owner: owner, path: path)
        }
        switch field.namedType {
        case .scalar(let scalar):
            return .value(try completeLeafValue(scalar, value, field: field, path: path))
        case .enumType(let enumType):
            return .value(try completeEnumValue(enumType, value, field: field, path: path))
        case .object(let objectType):
            return completeObjectValue(objectType, value, field: field, owner: owner, path: path)
        case .interface, .union:
            return try completeAbstractValue(field.namedType, value, field: field, owner: owner, path: path)
        case .inputObject:
            throw fail(GraphQLError("Cannot complete value of unexpected output type \"\(type)\"."), field: field, path: path())
        }
    }

    /// Records `error` at `path` and returns the marker to throw.
    private mutating func fail(_ error: any Error, field: FieldPlan, path: ResponsePath) -> NullBubble {
        record(error, field: field, path: path)
        return NullBubble()
    }

    /// Serializes a scalar through its coercion hook; a hook's message reaches the client.
    private mutating func completeLeafValue(
        _ scalar: GraphQLScalarType, _ value: any Sendable, field: FieldPlan, path: () -> ResponsePath
    ) throws(NullBubble) -> Value {
        do {
            return try scalar.coercion.serialize(value)
        } catch let error as ScalarCoercionError {
            throw fail(GraphQLError(error.message, code: .internalServerError), field: field, path: path())
        } catch {
            throw fail(error, field: field, path: path())
        }
    }

    /// Serializes an enum value given as a `String`, a `RawRepresentable` with a String raw value or a
    /// `Value.string`, checking it names one of the enum's values.
    private mutating func completeEnumValue(
        _ enumType: GraphQLEnumType, _ value: any Sendable, field: FieldPlan, path: () -> ResponsePath
    ) throws(NullBubble) -> Value {
        guard let name = leafValue(fromResolved: value)?.stringValue, enumType.hasValue(name) else {
            let message = "Enum \"\(enumType.name)\" cannot represent value: \(describeResolvedValue(value))"
            throw fail(GraphQLError(message, code: .internalServerError), field: field, path: path())
        }
        return .string(name)
    }

    /// CompleteListValue: completes each item with the item type, nulling the list when a non-null item
    /// fails; items that are leaves complete straight into a `Value.list`.
    ///
    /// Accepts `Value.list` and any Swift array (`[Tutor]` casts to `[any Sendable]`).
    private mutating func completeListValue(
        _ itemType: TypeReference, _ value: any Sendable, field: FieldPlan, owner: Int, path: () -> ResponsePath
    ) throws(NullBubble) -> ResultSlot {
        if case .list(let items)? = value as? Value {
            return try completeListItems(items, itemType: itemType, field: field, owner: owner, path: path)
        }
        guard let items = value as? [any Sendable] else {
            let message =
                "Expected Iterable, but did not find one for field \"\(field.facts.parentType.name).\(field.definition.name)\"."
            throw fail(GraphQLError(message), field: field, path: path())
        }
        return try completeListItems(items, itemType: itemType, field: field, owner: owner, path: path)
    }

    private mutating func completeListItems<Items: Collection>(
        _ items: Items, itemType: TypeReference, field: FieldPlan, owner: Int, path: () -> ResponsePath
    ) throws(NullBubble) -> ResultSlot where Items.Element: Sendable {
        if field.namedType.isLeaf {
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                do {
                    let completed = try completeValue(
                        itemType, item, field: field, owner: owner, path: { path().appending(index: index) })
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
        var listPath: ResponsePath?
        func itemPath(_ index: Int) -> ResponsePath {
            let base = listPath ?? path()
            listPath = base
            return base.appending(index: index)
        }
        for (index, item) in items.enumerated() {
            do {
                tree.slots[firstSlot + index] = try completeValue(
                    itemType, item, field: field, owner: list, path: { itemPath(index) })
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
        _ objectType: GraphQLObjectType, _ value: any Sendable, field: FieldPlan, owner: Int, path: () -> ResponsePath
    ) -> ResultSlot {
        let plan = field.childPlan(for: objectType, planner: planner)
        let node = tree.addObject(plan: plan, parent: owner, path: path())
        nextLevel.append(ObjectWork(node: node, source: value, fields: plan.fields.indices))
        return .node(node)
    }

    /// CompleteAbstractValue: resolves the value's object type, then completes it as that object.
    private mutating func completeAbstractValue(
        _ abstractType: GraphQLNamedType, _ value: any Sendable, field: FieldPlan, owner: Int,
        path: () -> ResponsePath
    ) throws(NullBubble) -> ResultSlot {
        let objectType: GraphQLObjectType
        do {
            objectType = try resolveRuntimeType(abstractType, value, field: field, path: path())
        } catch {
            throw fail(error, field: field, path: path())
        }
        return completeObjectValue(objectType, value, field: field, owner: owner, path: path)
    }
}
