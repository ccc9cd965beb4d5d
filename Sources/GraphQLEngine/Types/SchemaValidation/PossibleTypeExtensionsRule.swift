/// SDL rule: an extension extends a type that is defined, and of the same kind (graphql-js
/// PossibleTypeExtensionsRule).
extension TypeSystemIndex {
    func checkPossibleTypeExtensions(into problems: inout [SchemaProblem]) {
        for name in extensionOrder {
            for node in extensions[name] ?? [] {
                guard let definition = definitionsByName[name] else {
                    let hint = didYouMean(suggestionList(name, options: definitions.map(\.name.value)))
                    problems.append(
                        SchemaProblem("Cannot extend type \"\(name)\" because it is not defined.\(hint)", node.name.loc))
                    continue
                }
                if definition.kind != node.kind {
                    problems.append(
                        SchemaProblem(
                            "Cannot extend non-\(node.kind.sdlWord) type \"\(name)\".", [definition.loc, node.loc]))
                }
            }
        }
    }
}
