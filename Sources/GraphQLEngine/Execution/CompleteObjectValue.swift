extension Executor {
    /// CompleteObjectValue: a node whose fields the next level executes with the value as their source.
    mutating func completeObjectValue(
        _ objectType: GraphQLObjectType, _ value: any Sendable, field: FieldPlan, owner: Int, at position: CompletionPath
    ) -> ResultSlot {
        let plan = field.childPlan(for: objectType, planner: planner)
        let node = tree.addObject(plan: plan, parent: owner, path: responsePath(position))
        nextLevel.append(ObjectWork(node: node, source: value, fields: plan.fields.indices))
        return .node(node)
    }

    /// CompleteAbstractValue: resolves the value's object type, then completes it as that object.
    mutating func completeAbstractValue(
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
