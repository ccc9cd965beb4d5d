/// The order in which a schema lists its types, as graphql-js's `GraphQLSchema` collects them: the SDL's
/// types in definition order, each built-in scalar right after the first type that uses it, then the
/// types the directives' arguments use, then the introspection types.
func orderedSchemaTypes(
    defined: [GraphQLNamedType], directives: [GraphQLDirective], lookup: (String) -> GraphQLNamedType?
) -> [GraphQLNamedType] {
    var collected: [GraphQLNamedType] = []
    var names = Set(defined.map(\.name))

    /// Adds the type unless present, then the types it references, depth first.
    func collect(_ name: String) {
        guard !names.contains(name), let type = lookup(name) else { return }
        names.insert(name)
        collected.append(type)
        collectReferences(of: type)
    }

    func collectReferences(of type: GraphQLNamedType) {
        switch type {
        case .object(let object):
            object.interfaces.forEach(collect)
            collectFieldReferences(object.fields)
        case .interface(let interface):
            interface.interfaces.forEach(collect)
            collectFieldReferences(interface.fields)
        case .union(let union): union.types.forEach(collect)
        case .inputObject(let inputObject):
            for field in inputObject.fields { collect(field.type.namedType) }
        case .scalar, .enumType: break
        }
    }

    func collectFieldReferences(_ fields: FieldMap) {
        for field in fields {
            collect(field.type.namedType)
            for argument in field.arguments { collect(argument.type.namedType) }
        }
    }

    for type in defined {
        collected.append(type)
        collectReferences(of: type)
    }
    for argument in directives.flatMap(\.arguments) { collect(argument.type.namedType) }
    collect(Introspection.schemaType.name)
    return collected
}
