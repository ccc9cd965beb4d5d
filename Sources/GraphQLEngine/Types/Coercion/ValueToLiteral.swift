/// The literal that writes an internal input value of the given type (graphql-js `astFromValue`), for
/// printing argument defaults in SDL and introspection. `nil` when the value cannot be written (null
/// for a non-null type, a value the type rejects).
public func valueToLiteral(_ value: Value, type: TypeReference, schema: GraphQLSchema) -> ValueNode? {
    literal(of: value, type: type) { name in schema.namedType(name) ?? BuiltInScalars.named(name).map(GraphQLNamedType.scalar) }
}

/// Builds nodes at a zero location: they are printed, never reported.
private let printedLocation = Location(start: 0, end: 0)

func literal(of value: Value, type: TypeReference, lookup: (String) -> GraphQLNamedType?) -> ValueNode? {
    switch type {
    case .nonNull(let inner):
        return value.isNull ? nil : literal(of: value, type: inner, lookup: lookup)
    case _ where value.isNull:
        return .null(printedLocation)
    case .list(let itemType):
        guard case .list(let items) = value else { return literal(of: value, type: itemType, lookup: lookup) }
        return .list(items.compactMap { literal(of: $0, type: itemType, lookup: lookup) }, printedLocation)
    case .named(let name):
        switch lookup(name) {
        case .inputObject(let inputObject)?:
            guard case .object(let given) = value else { return nil }
            let fields = inputObject.fields.compactMap { field -> ObjectField? in
                guard let fieldValue = given[field.name], let node = literal(of: fieldValue, type: field.type, lookup: lookup)
                else { return nil }
                return ObjectField(name: Name(field.name, loc: printedLocation), value: node, loc: printedLocation)
            }
            return .object(fields, printedLocation)
        case .enumType(let enumType)?:
            guard case .string(let name) = value, enumType.hasValue(name) else { return nil }
            return .enumValue(name, printedLocation)
        case .scalar(let scalar)?:
            guard let serialized = try? scalar.coercion.serialize(value) else { return nil }
            return scalarLiteral(serialized, isID: scalar.name == "ID")
        default:
            return nil
        }
    }
}

/// A serialized scalar as a literal: integral numbers print as Int literals, IDs of digits too.
private func scalarLiteral(_ value: Value, isID: Bool) -> ValueNode {
    switch value {
    case .string(let text) where isID && isIntegerText(text):
        return .int(text, printedLocation)
    case .float(let number) where number.isFinite:
        let text = javaScriptNumberText(number)
        return isIntegerText(text) ? .int(text, printedLocation) : .float(text, printedLocation)
    default:
        return untypedLiteral(of: value, at: printedLocation)
    }
}

/// `-?(0|[1-9][0-9]*)`: text that is an Int literal.
private func isIntegerText(_ text: String) -> Bool {
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard let first = digits.first, digits.allSatisfy(\.isASCIIDigit) else { return false }
    return first != "0" || digits.count == 1
}

/// Any value as the literal that reads back to it without a type (objects, lists, numbers, strings).
func untypedLiteral(of value: Value, at loc: Location) -> ValueNode {
    switch value {
    case .null: .null(loc)
    case .bool(let flag): .boolean(flag, loc)
    case .int(let number): .int(String(number), loc)
    case .float(let number): .float(javaScriptNumberText(number), loc)
    case .string(let text): .string(StringValue(value: text, block: false, loc: loc))
    case .list(let items): .list(items.map { untypedLiteral(of: $0, at: loc) }, loc)
    case .object(let object):
        .object(
            object.map { ObjectField(name: Name($0.key, loc: loc), value: untypedLiteral(of: $0.value, at: loc), loc: loc) },
            loc)
    }
}

extension Character {
    /// `0`–`9` only (not other Unicode digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
