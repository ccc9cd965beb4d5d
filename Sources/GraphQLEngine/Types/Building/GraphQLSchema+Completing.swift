extension GraphQLSchema {
    /// A schema from hand-built types (tests, code-first schemas), completed the way `buildSchema`
    /// completes SDL: the built-in scalars the types use, the introspection types, and the built-in
    /// directives after `directives`. Call `validateSchema(_:)` to check it.
    public convenience init(
        query: GraphQLObjectType, mutation: GraphQLObjectType? = nil, subscription: GraphQLObjectType? = nil,
        types: [GraphQLNamedType] = [], directives: [GraphQLDirective] = [], description: String? = nil
    ) {
        var defined: [GraphQLNamedType] = [.object(query)]
        for root in [mutation, subscription].compactMap({ $0 }) { defined.append(.object(root)) }
        for type in types where !defined.contains(where: { $0.name == type.name }) { defined.append(type) }
        let allDirectives = directives + BuiltInDirectives.all.filter { builtIn in !directives.contains { $0.name == builtIn.name } }
        let byName = Dictionary(defined.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let lookup: (String) -> GraphQLNamedType? = { name in
            byName[name] ?? BuiltInScalars.named(name).map(GraphQLNamedType.scalar) ?? Introspection.types[name]
        }
        self.init(
            description: description, queryType: query, mutationType: mutation, subscriptionType: subscription,
            types: orderedSchemaTypes(defined: defined, directives: allDirectives, lookup: lookup),
            directives: allDirectives)
    }
}
