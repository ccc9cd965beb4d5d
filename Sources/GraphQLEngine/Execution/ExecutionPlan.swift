/// The fields to execute on objects of one type for one merged selection.
///
/// Built once per request for each (object type, selection) and reused for every object it applies to,
/// so executing a list of 1,000 objects loops over one array instead of collecting fields 1,000 times.
final class ObjectPlan {
    let type: GraphQLObjectType
    let fields: [FieldPlan]
    /// The fields' response keys in order: the keys of every finished object of this plan.
    let responseKeys: [String]

    init(type: GraphQLObjectType, fields: [FieldPlan]) {
        self.type = type
        self.fields = fields
        responseKeys = fields.map(\.responseKey)
    }
}

/// How one response key of an object is produced: its definition, arguments and resolver facts, prepared
/// once per request because they depend only on the document and the variables.
final class FieldPlan {
    let responseKey: String
    let fieldNodes: [Field]
    let definition: GraphQLField
    /// The named type inside the field's list and non-null wrappers, looked up once.
    let namedType: GraphQLNamedType
    /// `__typename`, answered from the plan's type without calling a resolver.
    let isTypeName: Bool
    /// The coerced arguments (empty when coercion failed).
    let arguments: ObjectValue
    /// Why the arguments could not be coerced: every execution of the field reports it.
    let argumentError: GraphQLError?
    /// The field's resolver; `nil` reads the source's member of the same name.
    let resolve: FieldResolver?
    let facts: ResolveFieldFacts
    /// Plans of the field's sub-selection, one per runtime object type met so far.
    private var childPlans: [ObjectPlan] = []

    init(
        responseKey: String, fieldNodes: [Field], definition: GraphQLField, namedType: GraphQLNamedType,
        isTypeName: Bool, arguments: Result<ObjectValue, GraphQLError>, facts: ResolveFieldFacts
    ) {
        self.responseKey = responseKey
        self.fieldNodes = fieldNodes
        self.definition = definition
        self.namedType = namedType
        self.isTypeName = isTypeName
        switch arguments {
        case .success(let values):
            self.arguments = values
            argumentError = nil
        case .failure(let error):
            self.arguments = [:]
            argumentError = error
        }
        resolve = definition.resolve
        self.facts = facts
    }

    var returnType: TypeReference { definition.type }

    /// The plan of this field's sub-selection on objects of `type`, built on first use.
    func childPlan(for type: GraphQLObjectType, planner: ExecutionPlanner) -> ObjectPlan {
        for plan in childPlans where plan.type === type { return plan }
        let plan = planner.plan(for: type, selectionSets: fieldNodes.compactMap(\.selectionSet))
        childPlans.append(plan)
        return plan
    }
}

/// Turns collected fields into plans: finds each field's definition (meta-fields included) and coerces
/// its arguments.
struct ExecutionPlanner {
    let collector: FieldCollector
    /// What every resolver of the request shares, referenced from each field's facts.
    let requestFacts: ResolveRequestFacts
    let source: Source?

    var schema: GraphQLSchema { collector.schema }

    func plan(for type: GraphQLObjectType, selectionSets: [SelectionSet]) -> ObjectPlan {
        let collected = collector.collectFields(type, selectionSets: selectionSets)
        var fields: [FieldPlan] = []
        fields.reserveCapacity(collected.count)
        for field in collected {
            // Fields the type does not define are skipped, as graphql-js does (validation reports them).
            guard let definition = fieldDefinition(type, field.nodes[0].name.value),
                let namedType = schema.namedType(definition.type.namedType)
            else { continue }
            fields.append(
                FieldPlan(
                    responseKey: field.responseKey, fieldNodes: field.nodes, definition: definition,
                    namedType: namedType, isTypeName: definition.name == "__typename",
                    arguments: coerceArgumentValues(
                        definitions: definition.arguments, node: field.nodes[0], variables: collector.variables,
                        schema: schema, source: source),
                    facts: ResolveFieldFacts(
                        fieldName: definition.name, responseKey: field.responseKey, fieldNodes: field.nodes,
                        returnType: definition.type, parentType: type, request: requestFacts)))
        }
        return ObjectPlan(type: type, fields: fields)
    }

    /// The type's own field, or a meta-field: `__typename` anywhere, `__schema` and `__type` on the query root.
    private func fieldDefinition(_ type: GraphQLObjectType, _ name: String) -> GraphQLField? {
        guard name.hasPrefix("__") else { return type.fields[name] }
        switch name {
        case "__typename": return Introspection.typeNameField
        case "__schema" where type === schema.queryType: return Introspection.schemaField
        case "__type" where type === schema.queryType: return Introspection.typeField
        default: return type.fields[name]
        }
    }
}
