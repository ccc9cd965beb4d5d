// SDL rules on names inside a type: fields, arguments and enum values are unique across a type and its
// extensions (graphql-js UniqueFieldDefinitionNamesRule, UniqueArgumentDefinitionNamesRule,
// UniqueEnumValueNamesRule).

extension TypeSystemIndex {
    func checkUniqueMemberNames(into problems: inout [SchemaProblem]) {
        for definition in definitions {
            let typeName = definition.name.value
            let nodes = nodes(of: definition)
            var fieldNames: [Name] = nodes.flatMap(\.fieldDefinitions).map(\.name)
            var valueNames: [Name] = []
            for node in nodes {
                switch node {
                case .inputObject(let input): fieldNames += input.fields.map(\.name)
                case .enumType(let enumType): valueNames += enumType.values.map(\.name)
                default: break
                }
            }
            for (first, duplicate) in repeatedNames(fieldNames) {
                problems.append(
                    SchemaProblem("Field \"\(typeName).\(first.value)\" can only be defined once.", [first.loc, duplicate.loc]))
            }
            for (first, duplicate) in repeatedNames(valueNames) {
                problems.append(
                    SchemaProblem(
                        "Enum value \"\(typeName).\(first.value)\" can only be defined once.", [first.loc, duplicate.loc]))
            }
            for field in nodes.flatMap(\.fieldDefinitions) {
                checkUniqueArguments(field.arguments, parent: "\(typeName).\(field.name.value)", into: &problems)
            }
        }
        for directive in directives {
            checkUniqueArguments(directive.arguments, parent: "@\(directive.name.value)", into: &problems)
        }
    }

    /// One problem per repeated argument name, listing every definition of it.
    private func checkUniqueArguments(
        _ arguments: [InputValueDefinition], parent: String, into problems: inout [SchemaProblem]
    ) {
        var reported: Set<String> = []
        for argument in arguments where !reported.contains(argument.name.value) {
            let same = arguments.filter { $0.name.value == argument.name.value }
            guard same.count > 1 else { continue }
            reported.insert(argument.name.value)
            problems.append(
                SchemaProblem(
                    "Argument \"\(parent)(\(argument.name.value):)\" can only be defined once.", same.map(\.name.loc)))
        }
    }
}

/// Each later occurrence of a name paired with its first occurrence.
func repeatedNames(_ names: [Name]) -> [(first: Name, duplicate: Name)] {
    var firsts: [String: Name] = [:]
    var pairs: [(first: Name, duplicate: Name)] = []
    for name in names {
        if let first = firsts[name.value] { pairs.append((first, name)) } else { firsts[name.value] = name }
    }
    return pairs
}
