extension Executor {
    /// ResolveAbstractType: the object type of a value of an interface or union.
    ///
    /// Asks the abstract type's `resolveType`, else a `GraphQLTypeNamed` value, else a JSON-shaped value's
    /// `__typename` member; then checks the answer is an object type belonging to the abstract type.
    func resolveRuntimeType(
        _ abstractType: GraphQLNamedType, _ value: any Sendable, field: FieldPlan, path: ResponsePath
    ) throws -> GraphQLObjectType {
        let abstractName = abstractType.name
        let typeResolver: TypeResolver? =
            switch abstractType {
            case .interface(let interface): interface.resolveType
            case .union(let union): union.resolveType
            default: nil
            }
        let typeName: String
        if let typeResolver {
            typeName = try typeResolver(value, ResolveInfo(field: field.facts, path: path))
        } else if let named = value as? any GraphQLTypeNamed {
            typeName = named.graphQLTypeName
        } else if let name = typenameMember(of: value) {
            typeName = name
        } else {
            throw GraphQLError(
                "Abstract type \"\(abstractName)\" must resolve to an Object type at runtime for field "
                    + "\"\(field.facts.parentType.name).\(field.definition.name)\". Either the \"\(abstractName)\" "
                    + "type should provide a \"resolveType\" function or each possible type should provide an "
                    + "\"isTypeOf\" function.")
        }
        guard let resolved = schema.namedType(typeName) else {
            throw GraphQLError(
                "Abstract type \"\(abstractName)\" was resolved to a type \"\(typeName)\" that does not exist inside "
                    + "the schema.")
        }
        guard case .object(let objectType) = resolved else {
            throw GraphQLError("Abstract type \"\(abstractName)\" was resolved to a non-object type \"\(typeName)\".")
        }
        guard schema.isSubtype(typeName, of: abstractName) else {
            throw GraphQLError("Runtime Object type \"\(typeName)\" is not a possible type for \"\(abstractName)\".")
        }
        return objectType
    }
}

/// The `__typename` member of a JSON-shaped value or string-keyed dictionary, graphql-js's default type resolver.
private func typenameMember(of value: any Sendable) -> String? {
    switch defaultFieldValue(of: value, fieldName: "__typename") {
    case let name as String: name
    case let member as Value: member.stringValue
    default: nil
    }
}
