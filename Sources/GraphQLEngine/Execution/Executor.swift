/// The fields of one object still to execute at the current level.
struct ObjectWork {
    let node: Int
    let source: any Sendable
    /// Indices into the node's plan: all of them, or one root field of a mutation.
    let fields: Range<Int>
}

/// A field whose resolver answered with a promise or async work, completed once the level has settled.
struct PendingField {
    enum Work {
        case deferred(any DeferredValue)
        case async(@Sendable () async throws -> (any Sendable)?)
    }

    let field: FieldPlan
    let owner: Int
    let slot: Int
    let work: Work
}

/// Marks that an error nulled a non-null position; the error itself is already recorded.
struct NullBubble: Error {}

/// Runs one operation breadth-first, level by level.
///
/// Each level invokes every resolver of every object at that depth, so all `.deferred` loads of the level
/// are queued before the dispatcher runs them as one batch per loader; then the level's promises and
/// async work are awaited together, their values completed, and the objects they produced become the next
/// level. Results go into a `ResultTree`, whose slots keep field order however work completes.
struct Executor {
    let schema: GraphQLSchema
    let request: ExecutionRequest
    let planner: ExecutionPlanner
    var tree = ResultTree()
    var errors: [GraphQLError] = []
    /// Objects completed during this level, whose fields run at the next.
    var nextLevel: [ObjectWork] = []
    /// Fields of this level waiting for a promise or async work.
    var pending: [PendingField] = []
    /// Indices of the lists of leaves being completed, innermost last: the tail of an item's response path.
    var leafListIndices: [Int] = []

    init(schema: GraphQLSchema, request: ExecutionRequest, operation: OperationDefinition, variables: ObjectValue) {
        self.schema = schema
        self.request = request
        let fragments = fragmentsByName(in: request.document)
        planner = ExecutionPlanner(
            collector: FieldCollector(schema: schema, fragments: fragments, variables: variables),
            requestFacts: ResolveRequestFacts(
                schema: schema, operation: operation, fragments: fragments, variables: variables,
                context: request.context),
            source: request.source)
    }

    /// ExecuteOperation: query fields all at once, mutation fields one after another.
    mutating func executeOperation(rootType: GraphQLObjectType) async -> GraphQLResult {
        let operation = planner.requestFacts.operation
        let plan = planner.plan(for: rootType, selectionSets: [operation.selectionSet])
        let root = tree.addObject(plan: plan, parent: nil, path: .root)
        if operation.operation == .mutation {
            await executeFieldsSerially(root: root, count: plan.fields.count)
        } else {
            await executeLevels([ObjectWork(node: root, source: request.rootValue, fields: plan.fields.indices)])
        }
        return GraphQLResult(data: tree.value(of: root), errors: errors)
    }

    /// ExecuteFieldsSerially: each mutation field and its whole sub-selection finish before the next starts;
    /// a null bubbling to the root stops the rest.
    private mutating func executeFieldsSerially(root: Int, count: Int) async {
        for index in 0..<count {
            guard !tree.node(root).isNulled else { return }
            await executeLevels([ObjectWork(node: root, source: request.rootValue, fields: index..<(index + 1))])
        }
    }

    /// Executes `work` and everything below it, one level of the result at a time.
    private mutating func executeLevels(_ work: [ObjectWork]) async {
        var level = work
        while !level.isEmpty {
            for object in level { executeFields(of: object) }
            level.removeAll(keepingCapacity: true)
            if !pending.isEmpty {
                let waiting = pending
                pending.removeAll()
                let outcomes = await settle(waiting, dispatcher: request.dispatcher)
                for (field, outcome) in zip(waiting, outcomes) { completePending(field, outcome) }
            }
            swap(&level, &nextLevel)
        }
    }

    /// ExecuteFields for one object: invokes each planned field's resolver.
    private mutating func executeFields(of work: ObjectWork) {
        guard !tree.isAbandoned(work.node) else { return }
        let node = tree.node(work.node)
        guard let plan = node.plan, let path = node.path else { return }
        for index in work.fields {
            executeField(
                plan.fields[index], source: work.source, owner: work.node, slot: node.firstSlot + index,
                parentPath: path)
            // A non-null field that failed nulled this object: its remaining fields would be discarded.
            if tree.hasNulledNodes, tree.node(work.node).isNulled { return }
        }
    }

    /// ExecuteField: resolves, then completes at once (`.value`) or after the level settles.
    private mutating func executeField(
        _ field: FieldPlan, source: any Sendable, owner: Int, slot: Int, parentPath: ResponsePath
    ) {
        if field.isTypeName {
            tree.slots[slot] = .value(.string(field.facts.parentType.name))
            return
        }
        if let error = field.argumentError {
            fieldFailed(field, error: error, owner: owner, slot: slot, parentPath: parentPath)
            return
        }
        let resolution: Resolution
        if let resolve = field.resolve {
            do {
                resolution = try resolve(
                    source, field.arguments, ResolveInfo(field: field.facts, parentPath: parentPath))
            } catch {
                fieldFailed(field, error: error, owner: owner, slot: slot, parentPath: parentPath)
                return
            }
        } else {
            resolution = .value(defaultFieldValue(of: source, fieldName: field.definition.name))
        }
        switch resolution {
        case .value(let value):
            completeField(field, value, owner: owner, slot: slot, parentPath: parentPath)
        case .deferred(let promise):
            pending.append(PendingField(field: field, owner: owner, slot: slot, work: .deferred(promise)))
        case .async(let operation):
            pending.append(PendingField(field: field, owner: owner, slot: slot, work: .async(operation)))
        }
    }

    /// Completes a field whose promise or async work has settled, unless an error abandoned its object.
    private mutating func completePending(_ pending: PendingField, _ outcome: Result<(any Sendable)?, any Error>) {
        guard !tree.isAbandoned(pending.owner), let parentPath = tree.node(pending.owner).path else { return }
        switch outcome {
        case .success(let value):
            completeField(pending.field, value, owner: pending.owner, slot: pending.slot, parentPath: parentPath)
        case .failure(let error):
            fieldFailed(pending.field, error: error, owner: pending.owner, slot: pending.slot, parentPath: parentPath)
        }
    }

    /// Completes a resolved value into the field's slot; a null in a non-null field nulls the parent object.
    private mutating func completeField(
        _ field: FieldPlan, _ value: (any Sendable)?, owner: Int, slot: Int, parentPath: ResponsePath
    ) {
        do {
            tree.slots[slot] = try completeValue(
                field.returnType, value, field: field, owner: owner,
                at: CompletionPath(base: parentPath, key: field.responseKey))
        } catch {
            nullField(field, owner: owner, slot: slot)
        }
    }

    /// Records a resolver's error at the field and nulls the field (or, if non-null, its object).
    private mutating func fieldFailed(
        _ field: FieldPlan, error: any Error, owner: Int, slot: Int, parentPath: ResponsePath
    ) {
        record(error, field: field, path: parentPath.appending(key: field.responseKey))
        nullField(field, owner: owner, slot: slot)
    }

    private mutating func nullField(_ field: FieldPlan, owner: Int, slot: Int) {
        if field.returnType.isNonNull {
            tree.nullify(owner)
        } else {
            tree.slots[slot] = .value(.null)
        }
    }
}
