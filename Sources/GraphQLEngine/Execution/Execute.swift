/// Executes an operation of a validated document against the schema.
///
/// Request errors (operation selection, variable coercion, an unsupported operation type) come back
/// with no `data`; field errors come back next to the partial data, nulls propagated.
public func execute(schema: GraphQLSchema, request: ExecutionRequest) async -> GraphQLResult {
    let operation: OperationDefinition
    let variables: ObjectValue
    do throws(RequestError) {
        operation = try selectOperation(in: request.document, named: request.operationName)
        guard operation.operation != .subscription else { throw RequestError("Subscriptions are not supported") }
        variables = try coerceVariableValues(
            schema: schema, definitions: operation.variableDefinitions, inputs: request.variables ?? [:],
            source: request.source)
    } catch {
        return .requestErrors(error.errors)
    }
    guard let rootType = schema.rootType(for: operation.operation) else {
        return .requestErrors([
            GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                locations: request.source.positions(of: [operation.loc]), code: .badUserInput)
        ])
    }
    var executor = Executor(schema: schema, request: request, operation: operation, variables: variables)
    return await executor.executeOperation(rootType: rootType)
}
