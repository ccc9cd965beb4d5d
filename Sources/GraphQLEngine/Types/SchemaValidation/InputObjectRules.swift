// Input objects (spec §3.10): at least one field, input types only, required fields not deprecated,
// `@oneOf` fields nullable without defaults, and no cycle of non-null fields a value could never end.

extension SchemaValidator {
    mutating func checkInputObject(_ inputObject: GraphQLInputObjectType) {
        let typeName = inputObject.name
        if inputObject.fields.isEmpty {
            problems.append(
                SchemaProblem("Input Object type \(typeName) must define one or more fields.", locations.type(typeName)))
        }
        for field in inputObject.fields {
            let node = locations.inputField(typeName, field.name)
            checkName(field.name, at: node.map { [$0.loc] } ?? [])
            if !isInputType(field.type) {
                problems.append(
                    SchemaProblem(
                        "The type of \(typeName).\(field.name) must be Input Type but got: \(field.type).", node?.type.loc))
            }
            if field.type.isNonNull, field.defaultValue == nil, field.deprecationReason != nil {
                problems.append(SchemaProblem("Required input field \(typeName).\(field.name) cannot be deprecated.", node?.loc))
            }
            if inputObject.isOneOf {
                if field.type.isNonNull {
                    problems.append(
                        SchemaProblem("OneOf input field \(typeName).\(field.name) must be nullable.", node?.type.loc))
                }
                if field.defaultValue != nil || node?.defaultValue != nil {
                    problems.append(
                        SchemaProblem(
                            "OneOf input field \(typeName).\(field.name) cannot have a default value.",
                            node?.defaultValue?.loc))
                }
            }
        }
    }

    /// Reports each cycle of non-null, non-list input fields once, with the path of field names around it.
    mutating func checkInputObjectCycles() {
        var visited: Set<String> = []
        for name in schema.typeNames {
            guard case .inputObject(let inputObject)? = schema.namedType(name) else { continue }
            var path: [(type: String, field: String)] = []
            var pathIndexByType: [String: Int] = [:]
            detectCycles(from: inputObject, visited: &visited, path: &path, pathIndexByType: &pathIndexByType)
        }
    }

    private mutating func detectCycles(
        from inputObject: GraphQLInputObjectType, visited: inout Set<String>,
        path: inout [(type: String, field: String)], pathIndexByType: inout [String: Int]
    ) {
        guard visited.insert(inputObject.name).inserted else { return }
        pathIndexByType[inputObject.name] = path.count
        for field in inputObject.fields {
            guard case .nonNull(.named(let fieldTypeName)) = field.type,
                case .inputObject(let fieldType)? = schema.namedType(fieldTypeName)
            else { continue }
            path.append((inputObject.name, field.name))
            if let cycleStart = pathIndexByType[fieldTypeName] {
                let cycle = path[cycleStart...]
                problems.append(
                    SchemaProblem(
                        "Cannot reference Input Object \"\(fieldTypeName)\" within itself through a series of non-null fields: \"\(cycle.map(\.field).joined(separator: "."))\".",
                        cycle.compactMap { locations.inputField($0.type, $0.field)?.loc }))
            } else {
                detectCycles(from: fieldType, visited: &visited, path: &path, pathIndexByType: &pathIndexByType)
            }
            path.removeLast()
        }
        pathIndexByType[inputObject.name] = nil
    }
}
