extension Executor {
    /// CompleteListValue: completes each item with the item type, nulling the list when a non-null item
    /// fails; items that are leaves complete straight into a `Value.list`.
    ///
    /// Accepts `Value.list` and any Swift array (`[Tutor]` casts to `[any Sendable]`).
    mutating func completeListValue(
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

    /// Completes each item: leaves into one `Value.list`, composites into a list node whose slots the items
    /// fill (and whose objects run at the next level).
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
}
