import GraphQLEngine
import TutorStore

/// Subjects by database ID.
enum SubjectByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = SubjectRow
}

/// Approved-tutor counts by subject ID.
enum TutorCountBySubject: DataLoaderKey {
    typealias Key = Int64
    typealias Value = Int
}

/// Languages by ISO code.
enum LanguageByCode: DataLoaderKey {
    typealias Key = String
    typealias Value = LanguageRow
}

extension RequestContext {
    /// The request's subject loader.
    var subjectByID: DataLoader<Int64, SubjectRow> {
        loader(SubjectByID.self) { [store] ids in try await store.reference.subjects(ids: ids) }
    }

    /// The request's language loader.
    var languageByCode: DataLoader<String, LanguageRow> {
        loader(LanguageByCode.self) { [store] codes in try await store.reference.languages(codes: codes) }
    }
}
