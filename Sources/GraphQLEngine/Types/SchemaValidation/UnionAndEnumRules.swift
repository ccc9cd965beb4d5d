// Unions (spec §3.8): at least one member, object types only, each once. Enums (§3.9): at least one
// value, no reserved names.

extension SchemaValidator {
    mutating func checkUnion(_ union: GraphQLUnionType) {
        if union.types.isEmpty {
            problems.append(
                SchemaProblem("Union type \(union.name) must define one or more member types.", locations.type(union.name)))
        }
        var seen: Set<String> = []
        for member in union.types {
            let nodes = locations.unionMembers(union.name, member)
            guard seen.insert(member).inserted else {
                problems.append(SchemaProblem("Union type \(union.name) can only include type \(member) once.", nodes))
                continue
            }
            if let type = schema.namedType(member), type.kind != .object {
                problems.append(
                    SchemaProblem(
                        "Union type \(union.name) can only include Object types, it cannot include \(member).", nodes))
            }
        }
    }

    mutating func checkEnum(_ enumType: GraphQLEnumType) {
        if enumType.values.isEmpty {
            problems.append(
                SchemaProblem(
                    "Enum type \(enumType.name) must define one or more values.", locations.type(enumType.name)))
        }
        for value in enumType.values {
            checkName(value.name, at: locations.enumValue(enumType.name, value.name).map { [$0.loc] } ?? [])
        }
    }
}
