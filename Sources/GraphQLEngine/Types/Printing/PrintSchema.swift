/// The schema as SDL, formatted as graphql-js's `printSchema`: the schema definition only when root
/// names are not the defaults (or it has a description), then the schema's own directives and types;
/// built-in scalars, built-in directives and introspection types are left out.
public func printSchema(_ schema: GraphQLSchema) -> String {
    let printer = SchemaPrinter(schema: schema)
    var blocks: [String] = []
    if let definition = printer.schemaDefinition() { blocks.append(definition) }
    blocks += schema.directives.filter { !BuiltInDirectives.isBuiltIn($0.name) }.map(printer.directive)
    blocks += schema.typeNames.compactMap { name -> String? in
        guard BuiltInScalars.named(name) == nil, !Introspection.isIntrospectionType(name),
            let type = schema.namedType(name)
        else { return nil }
        return printer.type(type)
    }
    return blocks.joined(separator: "\n\n")
}

/// The pieces of `printSchema`, one method per kind of definition.
private struct SchemaPrinter {
    let schema: GraphQLSchema

    func schemaDefinition() -> String? {
        let roots: [(String, GraphQLObjectType?, String)] = [
            ("query", schema.queryType, "Query"), ("mutation", schema.mutationType, "Mutation"),
            ("subscription", schema.subscriptionType, "Subscription"),
        ]
        let usesDefaultNames = roots.allSatisfy { $0.1 == nil || $0.1?.name == $0.2 }
        if schema.description == nil, usesDefaultNames { return nil }
        let entries = roots.compactMap { operation, type, _ in type.map { "  \(operation): \($0.name)" } }
        return description(schema.description) + "schema {\n" + entries.joined(separator: "\n") + "\n}"
    }

    func directive(_ directive: GraphQLDirective) -> String {
        description(directive.description) + "directive @" + directive.name + arguments(directive.arguments)
            + (directive.isRepeatable ? " repeatable" : "") + " on "
            + directive.locations.map(\.rawValue).joined(separator: " | ")
    }

    func type(_ type: GraphQLNamedType) -> String {
        let head = description(type.description)
        switch type {
        case .scalar(let scalar):
            let specifiedBy = scalar.specifiedByURL.map { " @specifiedBy(url: \(printString($0)))" } ?? ""
            return head + "scalar " + scalar.name + specifiedBy
        case .object(let object):
            return head + "type " + object.name + implements(object.interfaces) + fields(object.fields)
        case .interface(let interface):
            return head + "interface " + interface.name + implements(interface.interfaces) + fields(interface.fields)
        case .union(let union):
            return head + "union " + union.name + (union.types.isEmpty ? "" : " = " + union.types.joined(separator: " | "))
        case .enumType(let enumType):
            let values = enumType.values.enumerated().map { index, value in
                description(value.description, indentation: "  ", isFirstInBlock: index == 0) + "  " + value.name
                    + deprecated(value.deprecationReason)
            }
            return head + "enum " + enumType.name + block(values)
        case .inputObject(let inputObject):
            let fields = inputObject.fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", isFirstInBlock: index == 0) + "  " + inputValue(field)
            }
            return head + "input " + inputObject.name + (inputObject.isOneOf ? " @oneOf" : "") + block(fields)
        }
    }

    private func implements(_ interfaces: [String]) -> String {
        interfaces.isEmpty ? "" : " implements " + interfaces.joined(separator: " & ")
    }

    private func fields(_ fields: FieldMap) -> String {
        block(
            fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", isFirstInBlock: index == 0) + "  " + field.name
                    + arguments(field.arguments, indentation: "  ") + ": " + field.type.description
                    + deprecated(field.deprecationReason)
            })
    }

    /// Arguments on one line, or one per line when any has a description.
    private func arguments(_ arguments: [GraphQLInputValue], indentation: String = "") -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ $0.description == nil }) {
            return "(" + arguments.map(inputValue).joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { index, argument in
            description(argument.description, indentation: "  " + indentation, isFirstInBlock: index == 0) + "  "
                + indentation + inputValue(argument)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    private func inputValue(_ value: GraphQLInputValue) -> String {
        var declaration = value.name + ": " + value.type.description
        if let defaultValue = value.defaultValue, let literal = valueToLiteral(defaultValue, type: value.type, schema: schema) {
            declaration += " = " + printAST(literal)
        }
        return declaration + deprecated(value.deprecationReason)
    }

    private func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == BuiltInDirectives.defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: \(printString(reason)))"
    }

    private func block(_ items: [String]) -> String {
        items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
    }

    /// A description above its definition: a block string when it prints back unchanged, else a quoted string.
    private func description(_ text: String?, indentation: String = "", isFirstInBlock: Bool = true) -> String {
        guard let text else { return "" }
        let literal = isPrintableAsBlockString(text) ? printBlockString(text) : printString(text)
        let prefix = !indentation.isEmpty && !isFirstInBlock ? "\n" + indentation : indentation
        return prefix + literal.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indentation)
            + "\n"
    }
}
