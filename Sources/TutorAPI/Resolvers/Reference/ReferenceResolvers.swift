import GraphQLEngine
import TutorStore

/// Subjects, currencies, languages and exchange rates: the `Query` fields and their types.
enum ReferenceResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        var subject = ObjectResolvers("Subject", as: SubjectRow.self)
        subject.field("id") { $0.nodeID.description }
        subject.field("slug") { $0.slug }
        subject.field("name") { $0.name }
        subject.field("category") { $0.category }
        subject.field("description") { $0.description }
        subject.field("tutorCount") { subject, _, context in
            .load(
                context.loader(TutorCountBySubject.self) { [store = context.store] ids in
                    try await store.reference.approvedTutorCounts(subjectIDs: ids)
                }.deferred(subject.id).map { $0 ?? 0 })
        }
        map.add(subject)

        var currency = ObjectResolvers("Currency", as: CurrencyRow.self)
        currency.field("code") { $0.code }
        currency.field("name") { $0.name }
        currency.field("symbol") { $0.symbol }
        currency.field("decimalPlaces") { $0.decimalPlaces }
        map.add(currency)

        var language = ObjectResolvers("Language", as: LanguageRow.self)
        language.field("code") { $0.code }
        language.field("name") { $0.name }
        language.field("nativeName") { $0.nativeName }
        map.add(language)

        var rate = ObjectResolvers("CurrencyRate", as: CurrencyRateRow.self)
        rate.field("base") { $0.base }
        rate.field("quote") { $0.quote }
        rate.field("rate") { $0.rate }
        rate.field("effectiveAt") { $0.effectiveAt }
        map.add(rate)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.subject) { key, context in context.subjectByID.deferred(key).map { row -> (any Sendable)? in row } }
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        query.field("subjects") { _, arguments, context in
            .run { try await context.store.reference.subjects(category: arguments["category"]?.stringValue) }
        }
        query.field("subject") { _, arguments, context in
            .run { try await context.store.reference.subject(slug: arguments["slug"]?.stringValue ?? "") }
        }
        query.field("currencies") { _, _, context in .run { try await context.store.reference.currencies() } }
        query.field("languages") { _, _, context in .run { try await context.store.reference.languages() } }
        query.field("currencyRates") { _, arguments, context in
            .run { try await context.store.reference.latestRates(base: arguments["base"]?.stringValue) }
        }
    }
}

extension SubjectRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.subject, id) }
}
