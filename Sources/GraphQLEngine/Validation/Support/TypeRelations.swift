// Relations between types that several rules ask about: subtyping of wrapped types (variables in
// allowed positions) and whether two composite types can share a runtime object (fragment spreads).

extension GraphQLSchema {
    /// Whether a value of type `subtype` may be used where `supertype` is expected: same or stricter
    /// non-null wrapping, list items compared the same way, and object/interface types into the
    /// abstract types they belong to.
    func isTypeReference(_ subtype: TypeReference, subtypeOf supertype: TypeReference) -> Bool {
        switch (subtype, supertype) {
        case (.nonNull(let sub), .nonNull(let sup)): return isTypeReference(sub, subtypeOf: sup)
        case (_, .nonNull): return false
        case (.nonNull(let sub), _): return isTypeReference(sub, subtypeOf: supertype)
        case (.list(let sub), .list(let sup)): return isTypeReference(sub, subtypeOf: sup)
        case (_, .list), (.list, _): return false
        case (.named(let sub), .named(let sup)):
            if sub == sup { return true }
            guard let superType = namedType(sup), superType.isAbstract, let subType = namedType(sub),
                subType.kind == .object || subType.kind == .interface
            else { return false }
            return isSubtype(sub, of: sup)
        }
    }

    /// Whether some object type could be both `first` and `second`: the same type, an object inside
    /// an abstract type, or two abstract types sharing a possible type.
    func typesOverlap(_ first: GraphQLNamedType, _ second: GraphQLNamedType) -> Bool {
        if first.name == second.name { return true }
        switch (first.isAbstract, second.isAbstract) {
        case (true, true): return possibleTypes(of: first.name).contains { isSubtype($0.name, of: second.name) }
        case (true, false): return isSubtype(second.name, of: first.name)
        case (false, true): return isSubtype(first.name, of: second.name)
        case (false, false): return false
        }
    }

    /// The named type a type condition or variable type names, when the schema has it.
    func namedType(_ node: NamedTypeNode) -> GraphQLNamedType? { namedType(node.name.value) }

    /// A composite type by name (object, interface or union), else `nil`.
    func compositeType(_ name: String) -> GraphQLNamedType? {
        guard let type = namedType(name), type.isComposite else { return nil }
        return type
    }

    /// Whether a written type refers only to types the schema has and that are input types.
    func isInputType(_ type: TypeReference) -> Bool { namedType(type.namedType)?.isInputType ?? false }
}
