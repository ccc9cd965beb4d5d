/// Directives applied somewhere in an SDL document, with the location kind they are applied at.
struct DirectiveApplication {
    let directives: [Directive]
    let location: DirectiveLocation
    /// Applications sharing a key count as one location for "only once" (a type and its extensions).
    let scope: String?
}

extension TypeSystemIndex {
    /// Every place an SDL document applies directives, in document order per kind.
    var directiveApplications: [DirectiveApplication] {
        var applications: [DirectiveApplication] = []
        for schema in schemaDefinitions + schemaExtensions {
            applications.append(DirectiveApplication(directives: schema.directives, location: .schema, scope: "schema"))
        }
        let typeNodes = definitions + extensionOrder.flatMap { extensions[$0] ?? [] }
        for node in typeNodes {
            let scope = "type " + node.name.value
            applications.append(DirectiveApplication(directives: node.directives, location: node.directiveLocation, scope: scope))
            for field in node.fieldDefinitions {
                applications.append(DirectiveApplication(directives: field.directives, location: .fieldDefinition, scope: nil))
                for argument in field.arguments {
                    applications.append(
                        DirectiveApplication(directives: argument.directives, location: .argumentDefinition, scope: nil))
                }
            }
            switch node {
            case .enumType(let enumType):
                for value in enumType.values {
                    applications.append(DirectiveApplication(directives: value.directives, location: .enumValue, scope: nil))
                }
            case .inputObject(let input):
                for field in input.fields {
                    applications.append(
                        DirectiveApplication(directives: field.directives, location: .inputFieldDefinition, scope: nil))
                }
            default: break
            }
        }
        for directive in directives {
            for argument in directive.arguments {
                applications.append(
                    DirectiveApplication(directives: argument.directives, location: .argumentDefinition, scope: nil))
            }
        }
        return applications
    }
}

extension TypeDefinition {
    /// Where directives on this definition itself apply.
    var directiveLocation: DirectiveLocation {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumType: .enumType
        case .inputObject: .inputObject
        }
    }
}
