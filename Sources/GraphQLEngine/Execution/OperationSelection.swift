/// GetOperation(document, operationName): the operation a request names, or its only one.
///
/// Messages follow graphql-js so clients see the same text from every server.
func selectOperation(in document: Document, named operationName: String?) throws(RequestError) -> OperationDefinition {
    var selected: OperationDefinition?
    for case .operation(let operation) in document.definitions {
        if let operationName {
            if operation.name?.value == operationName { return operation }
        } else {
            if selected != nil {
                throw RequestError(
                    "Must provide operation name if query contains multiple operations.", code: .operationResolutionFailure)
            }
            selected = operation
        }
    }
    if let selected { return selected }
    if let operationName {
        throw RequestError("Unknown operation named \"\(operationName)\".", code: .operationResolutionFailure)
    }
    throw RequestError("Must provide an operation.", code: .operationResolutionFailure)
}

/// The fragments of a document by name, as field collection looks them up.
func fragmentsByName(in document: Document) -> [String: FragmentDefinition] {
    var fragments: [String: FragmentDefinition] = [:]
    for case .fragment(let fragment) in document.definitions where fragments[fragment.name.value] == nil {
        fragments[fragment.name.value] = fragment
    }
    return fragments
}
