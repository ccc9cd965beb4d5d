/// Coerces a literal from a document to its input type (spec §3.10), substituting variables from the
/// already coerced `variables`. Validation uses it to check literals, execution to build arguments.
///
/// A variable missing from `variables` inside a list is null and inside an input object is absent (its
/// default applies); at the top level it yields `.null` for a nullable type, so callers that must tell
/// "absent" from null (argument defaults) check the variable first.
public func coerceInputLiteral(
    _ node: ValueNode, type: TypeReference, schema: GraphQLSchema, variables: ObjectValue?
) throws -> Value {
    try LiteralInputCoercer(lookup: schema.namedType, variables: variables).coerce(node, type: type, path: [])
}

/// The recursive walk behind `coerceInputLiteral`, over a type lookup so the schema builder can use it too.
struct LiteralInputCoercer {
    let lookup: (String) -> GraphQLNamedType?
    let variables: ObjectValue?

    func coerce(_ node: ValueNode, type: TypeReference, path: [PathComponent]) throws(InputCoercionError) -> Value {
        if case .variable(let variable) = node {
            let value = variables?[variable.name.value] ?? .null
            if value.isNull, type.isNonNull {
                throw InputCoercionError(
                    "Expected value of type \"\(type)\", found null.", path: path, value: value)
            }
            return value
        }
        switch type {
        case .nonNull(let inner):
            if case .null = node {
                throw InputCoercionError("Expected value of type \"\(type)\", found null.", path: path, value: .null)
            }
            return try coerce(node, type: inner, path: path)
        case _ where isNull(node):
            return .null
        case .list(let itemType):
            guard case .list(let items, _) = node else { return .list([try coerce(node, type: itemType, path: path)]) }
            var coerced: [Value] = []
            coerced.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                if isMissingVariable(item), !itemType.isNonNull {
                    coerced.append(.null)
                } else {
                    coerced.append(try coerce(item, type: itemType, path: path + [.index(index)]))
                }
            }
            return .list(coerced)
        case .named(let name):
            switch lookup(name) {
            case .inputObject(let inputObject)?: return try coerceObject(node, inputObject, path)
            case .scalar(let scalar)?:
                do {
                    return try scalar.coercion.parseLiteral(try substitutingVariables(in: node, path: path))
                } catch let error as ScalarCoercionError {
                    throw InputCoercionError(error.message, path: path)
                } catch let error as InputCoercionError {
                    throw error
                } catch {
                    throw InputCoercionError("Expected value of type \"\(name)\", found \(printAST(node)).", path: path)
                }
            case .enumType(let enumType)?:
                do { return try enumType.parseLiteral(node) } catch {
                    throw InputCoercionError(error.message, path: path)
                }
            default:
                throw InputCoercionError("Unknown input type \"\(name)\".", path: path)
            }
        }
    }

    private func coerceObject(
        _ node: ValueNode, _ type: GraphQLInputObjectType, _ path: [PathComponent]
    ) throws(InputCoercionError) -> Value {
        guard case .object(let fieldNodes, _) = node else {
            throw InputCoercionError("Expected value of type \"\(type.name)\", found \(printAST(node)).", path: path)
        }
        for fieldNode in fieldNodes where type.field(named: fieldNode.name.value) == nil {
            let hint = didYouMean(suggestionList(fieldNode.name.value, options: type.fields.map(\.name)))
            throw InputCoercionError(
                "Field \"\(fieldNode.name.value)\" is not defined by type \"\(type.name)\".\(hint)", path: path)
        }
        var coerced = ObjectValue()
        for field in type.fields {
            let fieldNode = fieldNodes.first { $0.name.value == field.name }
            if let fieldNode, !isMissingVariable(fieldNode.value) {
                let value = try coerce(fieldNode.value, type: field.type, path: path + [.key(field.name)])
                coerced.appendUnchecked(key: field.name, value: value)
            } else if let defaultValue = field.defaultValue {
                coerced.appendUnchecked(key: field.name, value: defaultValue)
            } else if field.type.isNonNull {
                throw InputCoercionError(
                    "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                    path: path)
            }
        }
        if type.isOneOf {
            guard fieldNodes.count == 1, coerced.count == 1, let only = coerced.first else {
                throw InputCoercionError("OneOf Input Object \"\(type.name)\" must specify exactly one key.", path: path)
            }
            if only.value.isNull {
                throw InputCoercionError(
                    "Field \"\(type.name).\(only.key)\" must be non-null.", path: path + [.key(only.key)], value: .null)
            }
        }
        return .object(coerced)
    }

    private func isNull(_ node: ValueNode) -> Bool {
        if case .null = node { return true }
        return false
    }

    private func isMissingVariable(_ node: ValueNode) -> Bool {
        guard case .variable(let variable) = node else { return false }
        return variables?[variable.name.value] == nil
    }

    /// Custom scalars parse whole literals (a JSON object may hold variables): replace each variable by
    /// the literal of its value first, so the scalar's hook never sees one.
    private func substitutingVariables(in node: ValueNode, path: [PathComponent]) throws(InputCoercionError) -> ValueNode {
        switch node {
        case .variable(let variable):
            return untypedLiteral(of: variables?[variable.name.value] ?? .null, at: variable.loc)
        case .list(let items, let loc):
            var substituted: [ValueNode] = []
            for item in items { substituted.append(try substitutingVariables(in: item, path: path)) }
            return .list(substituted, loc)
        case .object(let fields, let loc):
            var substituted: [ObjectField] = []
            for var field in fields {
                field.value = try substitutingVariables(in: field.value, path: path)
                substituted.append(field)
            }
            return .object(substituted, loc)
        default:
            return node
        }
    }
}
