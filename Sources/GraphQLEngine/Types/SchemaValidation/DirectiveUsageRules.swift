// SDL rules on applied directives: known, allowed at their location, once unless repeatable, known
// arguments given once, required arguments present (graphql-js KnownDirectivesRule,
// UniqueDirectivesPerLocationRule, KnownArgumentNamesOnDirectivesRule, UniqueArgumentNamesRule,
// ProvidedRequiredArgumentsOnDirectivesRule).

extension TypeSystemIndex {
    func checkDirectiveUsages(into problems: inout [SchemaProblem]) {
        var available: [String: (locations: [DirectiveLocation], arguments: [InputValueDefinition]?, isRepeatable: Bool)] = [:]
        for directive in BuiltInDirectives.all {
            available[directive.name] = (directive.locations, nil, directive.isRepeatable)
        }
        // The first definition of a name wins, and an SDL definition replaces a built-in one.
        for directive in directives.reversed() {
            available[directive.name.value] = (
                directive.locations.compactMap { DirectiveLocation(rawValue: $0.value) }, directive.arguments,
                directive.isRepeatable
            )
        }
        var seenInScope: [String: [String: Directive]] = [:]
        for application in directiveApplications {
            var seenHere: [String: Directive] = [:]
            for directive in application.directives {
                let name = directive.name.value
                guard let definition = available[name] else {
                    problems.append(SchemaProblem("Unknown directive \"@\(name)\".", directive.loc))
                    continue
                }
                if !definition.locations.contains(application.location) {
                    problems.append(
                        SchemaProblem(
                            "Directive \"@\(name)\" may not be used on \(application.location.rawValue).", directive.loc))
                }
                if !definition.isRepeatable {
                    let earlier = application.scope.flatMap { seenInScope[$0]?[name] } ?? seenHere[name]
                    if let earlier {
                        problems.append(
                            SchemaProblem(
                                "The directive \"@\(name)\" can only be used once at this location.",
                                [earlier.loc, directive.loc]))
                    } else {
                        seenHere[name] = directive
                        if let scope = application.scope { seenInScope[scope, default: [:]][name] = directive }
                    }
                }
                let argumentDefinitions =
                    definition.arguments.map { $0.map { ($0.name.value, TypeReference($0.type), $0.defaultValue != nil) } }
                    ?? BuiltInDirectives.all.first { $0.name == name }!.arguments.map {
                        ($0.name, $0.type, $0.defaultValue != nil)
                    }
                checkArguments(of: directive, against: argumentDefinitions, into: &problems)
            }
        }
    }

    private func checkArguments(
        of directive: Directive, against definitions: [(name: String, type: TypeReference, hasDefault: Bool)],
        into problems: inout [SchemaProblem]
    ) {
        let name = directive.name.value
        for argument in directive.arguments where !definitions.contains(where: { $0.name == argument.name.value }) {
            let hint = didYouMean(suggestionList(argument.name.value, options: definitions.map(\.name)))
            problems.append(
                SchemaProblem(
                    "Unknown argument \"\(argument.name.value)\" on directive \"@\(name)\".\(hint)", argument.loc))
        }
        var reported: Set<String> = []
        for argument in directive.arguments where !reported.contains(argument.name.value) {
            let same = directive.arguments.filter { $0.name.value == argument.name.value }
            guard same.count > 1 else { continue }
            reported.insert(argument.name.value)
            problems.append(
                SchemaProblem("There can be only one argument named \"\(argument.name.value)\".", same.map(\.name.loc)))
        }
        for definition in definitions where definition.type.isNonNull && !definition.hasDefault {
            guard !directive.arguments.contains(where: { $0.name.value == definition.name }) else { continue }
            problems.append(
                SchemaProblem(
                    "Argument \"@\(name)(\(definition.name):)\" of type \"\(definition.type)\" is required, but it was not provided.",
                    directive.loc))
        }
    }
}
