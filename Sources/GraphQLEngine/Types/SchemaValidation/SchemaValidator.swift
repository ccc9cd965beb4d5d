/// Checks a built schema against the spec's type-system rules (graphql-js `validateSchema`): reserved
/// names, fields and arguments of the right kinds of types, interfaces implemented correctly, unions,
/// enums and input objects well formed, directive definitions sound.
///
/// Returns every problem; an empty list means the schema is valid. Root operation types are checked
/// by the builder, which knows the names the SDL asked for.
public func validateSchema(_ schema: GraphQLSchema) -> [SchemaError.Problem] {
    var validator = SchemaValidator(schema: schema, locations: SchemaNodeLocations(index: nil))
    validator.checkReferencedTypesExist()
    validator.run()
    return validator.problems.map { SchemaError.Problem(message: $0.message) }
}

/// The state of one validation run: the schema, where its parts were written, what is wrong so far.
struct SchemaValidator {
    let schema: GraphQLSchema
    let locations: SchemaNodeLocations
    var problems: [SchemaProblem] = []

    init(schema: GraphQLSchema, locations: SchemaNodeLocations) {
        self.schema = schema
        self.locations = locations
    }

    mutating func run() {
        for directive in schema.directives where !BuiltInDirectives.all.contains(where: { $0.name == directive.name }) {
            checkDirectiveDefinition(directive)
        }
        for name in schema.typeNames where !Introspection.isIntrospectionType(name) {
            guard let type = schema.namedType(name) else { continue }
            checkName(name, at: locations.type(name).prefix(1).map { $0 })
            switch type {
            case .object(let object):
                checkFields(of: name, object.fields)
                checkImplementations(of: name, interfaces: object.interfaces, fields: object.fields)
            case .interface(let interface):
                checkFields(of: name, interface.fields)
                checkImplementations(of: name, interfaces: interface.interfaces, fields: interface.fields)
            case .union(let union): checkUnion(union)
            case .enumType(let enumType): checkEnum(enumType)
            case .inputObject(let inputObject): checkInputObject(inputObject)
            case .scalar: break
            }
        }
        checkInputObjectCycles()
    }

    /// Every type a field, argument, interface list, union or input field names exists (for schemas not
    /// built from SDL, where the SDL rules did not run).
    mutating func checkReferencedTypesExist() {
        var referenced: [String] = []
        for name in schema.typeNames {
            switch schema.namedType(name) {
            case .object(let object)?: referenced += object.interfaces + fieldReferences(object.fields)
            case .interface(let interface)?: referenced += interface.interfaces + fieldReferences(interface.fields)
            case .union(let union)?: referenced += union.types
            case .inputObject(let inputObject)?: referenced += inputObject.fields.map(\.type.namedType)
            default: break
            }
        }
        referenced += schema.directives.flatMap { $0.arguments.map(\.type.namedType) }
        var reported: Set<String> = []
        for name in referenced where schema.namedType(name) == nil && reported.insert(name).inserted {
            problems.append(SchemaProblem("Unknown type \"\(name)\"."))
        }
    }

    private func fieldReferences(_ fields: FieldMap) -> [String] {
        fields.flatMap { [$0.type.namedType] + $0.arguments.map(\.type.namedType) }
    }

    /// Names starting with `__` belong to introspection.
    mutating func checkName(_ name: String, at nodes: [Location]) {
        if name.hasPrefix("__") {
            problems.append(
                SchemaProblem("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.", nodes))
        }
    }

    /// Whether a reference names an input type (scalar, enum, input object); unknown names pass here
    /// because the SDL rules already reported them.
    func isInputType(_ type: TypeReference) -> Bool { schema.namedType(type.namedType)?.isInputType ?? true }

    /// Whether a reference names an output type (anything but an input object); unknown names pass here.
    func isOutputType(_ type: TypeReference) -> Bool { schema.namedType(type.namedType)?.isOutputType ?? true }
}
