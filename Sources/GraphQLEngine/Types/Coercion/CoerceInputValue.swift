/// Coerces a variable's JSON value to its declared input type (spec §3.10 input coercion): single
/// values wrap into lists, input objects reject unknown fields and get their defaults, `@oneOf`
/// objects take exactly one non-null field. Throws the first problem as an `InputCoercionError`.
public func coerceInputValue(_ value: Value, type: TypeReference, schema: GraphQLSchema) throws -> Value {
    var firstError: InputCoercionError?
    let coerced = coerceInputValue(value, type: type, schema: schema) { error in
        if firstError == nil { firstError = error }
    }
    if let firstError { throw firstError }
    return coerced ?? .null
}

/// Coerces a variable's JSON value, reporting every problem to `onError` as graphql-js does;
/// returns `nil` when any problem was found.
public func coerceInputValue(
    _ value: Value, type: TypeReference, schema: GraphQLSchema, onError: (InputCoercionError) -> Void
) -> Value? {
    var coercer = JSONInputCoercer(lookup: schema.namedType)
    let coerced = coercer.coerce(value, type: type, path: [])
    coercer.errors.forEach(onError)
    return coercer.errors.isEmpty ? coerced : nil
}

/// The recursive walk behind `coerceInputValue`, over a type lookup so the schema builder can use it too.
struct JSONInputCoercer {
    let lookup: (String) -> GraphQLNamedType?
    /// Every problem found so far, in the order met.
    private(set) var errors: [InputCoercionError] = []

    mutating func coerce(_ value: Value, type: TypeReference, path: [PathComponent]) -> Value {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                return report("Expected non-nullable type \"\(type)\" not to be null.", path, value)
            }
            return coerce(value, type: inner, path: path)
        case _ where value.isNull:
            return .null
        case .list(let itemType):
            guard case .list(let items) = value else { return .list([coerce(value, type: itemType, path: path)]) }
            var coerced: [Value] = []
            coerced.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                coerced.append(coerce(item, type: itemType, path: path + [.index(index)]))
            }
            return .list(coerced)
        case .named(let name):
            switch lookup(name) {
            case .inputObject(let inputObject)?: return coerceObject(value, inputObject, path)
            case .scalar(let scalar)?:
                do { return try scalar.coercion.parseValue(value) } catch let error as ScalarCoercionError {
                    return report(error.message, path, value)
                } catch {
                    return report("Expected type \"\(name)\". \(error)", path, value)
                }
            case .enumType(let enumType)?:
                do { return try enumType.parseValue(value) } catch { return report(error.message, path, value) }
            default:
                return report("Unknown input type \"\(name)\".", path, value)
            }
        }
    }

    private mutating func coerceObject(_ value: Value, _ type: GraphQLInputObjectType, _ path: [PathComponent]) -> Value {
        guard case .object(let given) = value else {
            return report("Expected type \"\(type.name)\" to be an object.", path, value)
        }
        var coerced = ObjectValue()
        for field in type.fields {
            if let fieldValue = given[field.name] {
                coerced.appendUnchecked(
                    key: field.name, value: coerce(fieldValue, type: field.type, path: path + [.key(field.name)]))
            } else if let defaultValue = field.defaultValue {
                coerced.appendUnchecked(key: field.name, value: defaultValue)
            } else if field.type.isNonNull {
                _ = report(
                    "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.", path, value)
            }
        }
        for key in given.keys where type.field(named: key) == nil {
            let hint = didYouMean(suggestionList(key, options: type.fields.map(\.name)))
            _ = report("Field \"\(key)\" is not defined by type \"\(type.name)\".\(hint)", path, value)
        }
        if type.isOneOf {
            if coerced.count != 1 {
                _ = report("Exactly one key must be specified for OneOf type \"\(type.name)\".", path, value)
            } else if let only = coerced.first, only.value.isNull {
                _ = report("Field \"\(only.key)\" must be non-null.", path + [.key(only.key)], only.value)
            }
        }
        return .object(coerced)
    }

    private mutating func report(_ message: String, _ path: [PathComponent], _ value: Value) -> Value {
        errors.append(InputCoercionError(message, path: path, value: value))
        return .null
    }
}
