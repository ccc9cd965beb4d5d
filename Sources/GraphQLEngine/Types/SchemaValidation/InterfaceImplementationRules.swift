// Objects and interfaces implementing interfaces (spec §3.6 "IsValidImplementation"): only interfaces,
// each once, never themselves, every field present with a covariant type, the same arguments with
// identical types, extra arguments optional, and every interface an implemented interface implements
// listed too.

extension SchemaValidator {
    mutating func checkImplementations(of typeName: String, interfaces: [String], fields: FieldMap) {
        var seen: Set<String> = []
        for interfaceName in interfaces {
            let references = locations.interfaceReferences(typeName, interfaceName)
            guard case .interface(let interface)? = schema.namedType(interfaceName) else {
                if schema.namedType(interfaceName) != nil {
                    problems.append(
                        SchemaProblem(
                            "Type \(typeName) must only implement Interface types, it cannot implement \(interfaceName).",
                            references))
                }
                continue
            }
            if interfaceName == typeName {
                problems.append(
                    SchemaProblem(
                        "Type \(typeName) cannot implement itself because it would create a circular reference.",
                        references))
                continue
            }
            guard seen.insert(interfaceName).inserted else {
                problems.append(SchemaProblem("Type \(typeName) can only implement \(interfaceName) once.", references))
                continue
            }
            checkTransitiveInterfaces(of: typeName, interfaces: interfaces, through: interface)
            checkFields(of: typeName, fields, implement: interface)
        }
    }

    /// Every interface `interface` implements must be listed by the implementing type as well.
    private mutating func checkTransitiveInterfaces(
        of typeName: String, interfaces: [String], through interface: GraphQLInterfaceType
    ) {
        for transitive in interface.interfaces where !interfaces.contains(transitive) {
            let nodes =
                locations.interfaceReferences(interface.name, transitive)
                + locations.interfaceReferences(typeName, interface.name)
            let message =
                transitive == typeName
                ? "Type \(typeName) cannot implement \(interface.name) because it would create a circular reference."
                : "Type \(typeName) must implement \(transitive) because it is implemented by \(interface.name)."
            problems.append(SchemaProblem(message, nodes))
        }
    }

    private mutating func checkFields(of typeName: String, _ fields: FieldMap, implement interface: GraphQLInterfaceType) {
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            let interfaceNode = locations.field(interface.name, fieldName)
            guard let field = fields[fieldName] else {
                problems.append(
                    SchemaProblem(
                        "Interface field \(interface.name).\(fieldName) expected but \(typeName) does not provide it.",
                        (interfaceNode.map { [$0.loc] } ?? []) + locations.type(typeName)))
                continue
            }
            let fieldNode = locations.field(typeName, fieldName)
            if !schema.isTypeReference(field.type, subtypeOf: interfaceField.type) {
                problems.append(
                    SchemaProblem(
                        "Interface field \(interface.name).\(fieldName) expects type \(interfaceField.type) but \(typeName).\(fieldName) is type \(field.type).",
                        [interfaceNode?.type.loc, fieldNode?.type.loc].compactMap { $0 }))
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                let interfaceArgumentNode = locations.argument(interface.name, fieldName, argumentName)
                guard let argument = field.argument(named: argumentName) else {
                    problems.append(
                        SchemaProblem(
                            "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(typeName).\(fieldName) does not provide it.",
                            [interfaceArgumentNode?.loc, fieldNode?.loc].compactMap { $0 }))
                    continue
                }
                if argument.type != interfaceArgument.type {
                    problems.append(
                        SchemaProblem(
                            "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(interfaceArgument.type) but \(typeName).\(fieldName)(\(argumentName):) is type \(argument.type).",
                            [interfaceArgumentNode?.type.loc, locations.argument(typeName, fieldName, argumentName)?.type.loc]
                                .compactMap { $0 }))
                }
            }
            for argument in field.arguments
            where argument.type.isNonNull && argument.defaultValue == nil && interfaceField.argument(named: argument.name) == nil {
                problems.append(
                    SchemaProblem(
                        "Object field \(typeName).\(fieldName) includes required argument \(argument.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                        [locations.argument(typeName, fieldName, argument.name)?.loc, interfaceNode?.loc].compactMap { $0 }))
            }
        }
    }
}
