import Foundation
import PostgresNIO

/// Reference data: subjects, currencies, languages and exchange rates.
public struct ReferenceRepository: Sendable {
    let database: Database

    /// Active subjects, alphabetically; only one category when given.
    public func subjects(category: String?) async throws -> [SubjectRow] {
        try await database.query(
            """
            SELECT id, slug, name, category, description FROM subjects
            WHERE is_active AND (\(category)::text IS NULL OR category = \(category))
            ORDER BY name, id
            """
        ).map(Self.subject)
    }

    /// The active subject with this slug.
    public func subject(slug: String) async throws -> SubjectRow? {
        try await database.query(
            "SELECT id, slug, name, category, description FROM subjects WHERE is_active AND slug = \(slug)"
        ).first.map(Self.subject)
    }

    /// Batch: subjects by ID, inactive ones included (old bookings still name them).
    public func subjects(ids: [Int64]) async throws -> [Int64: SubjectRow] {
        let rows = try await database.query(
            "SELECT id, slug, name, category, description FROM subjects WHERE id = ANY(\(ids))"
        ).map(Self.subject)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// Batch: how many approved, not deleted tutors teach each subject (0 when none).
    public func approvedTutorCounts(subjectIDs: [Int64]) async throws -> [Int64: Int] {
        var counts = Dictionary(uniqueKeysWithValues: subjectIDs.map { ($0, 0) })
        let rows = try await database.query(
            """
            SELECT ts.subject_id, count(*)::int8 FROM tutor_subjects ts
            JOIN tutor_profiles tp ON tp.id = ts.tutor_profile_id AND tp.is_approved AND tp.deleted_at IS NULL
            WHERE ts.subject_id = ANY(\(subjectIDs))
            GROUP BY ts.subject_id
            """
        )
        for row in rows {
            let (subjectID, count) = try row.decode((Int64, Int64).self)
            counts[subjectID] = Int(count)
        }
        return counts
    }

    /// Active currencies by code.
    public func currencies() async throws -> [CurrencyRow] {
        try await database.query(
            "SELECT code, name, symbol, decimal_places::int8 FROM supported_currencies WHERE is_active ORDER BY code"
        ).map { row in
            let (code, name, symbol, places) = try row.decode((String, String, String, Int64).self)
            return CurrencyRow(code: code, name: name, symbol: symbol, decimalPlaces: Int(places))
        }
    }

    /// Batch: languages by code, inactive ones included.
    public func languages(codes: [String]) async throws -> [String: LanguageRow] {
        let rows = try await database.query(
            "SELECT code, name, native_name FROM supported_languages WHERE code = ANY(\(codes))"
        ).map(Self.language)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.code, $0) })
    }

    /// Active languages by English name.
    public func languages() async throws -> [LanguageRow] {
        try await database.query(
            "SELECT code, name, native_name FROM supported_languages WHERE is_active ORDER BY name"
        ).map(Self.language)
    }

    /// The newest rate of every currency pair, optionally from one base currency.
    public func latestRates(base: String?) async throws -> [CurrencyRateRow] {
        try await database.query(
            """
            SELECT DISTINCT ON (base_currency, quote_currency) base_currency, quote_currency, rate::float8, effective_at
            FROM currency_rates
            WHERE \(base)::text IS NULL OR base_currency = \(base)
            ORDER BY base_currency, quote_currency, effective_at DESC
            """
        ).map { row in
            let (base, quote, rate, effectiveAt) = try row.decode((String, String, Double, Date).self)
            return CurrencyRateRow(base: base, quote: quote, rate: rate, effectiveAt: effectiveAt)
        }
    }

    private static func subject(_ row: PostgresRow) throws -> SubjectRow {
        let (id, slug, name, category, description) = try row.decode((Int64, String, String, String, String).self)
        return SubjectRow(id: id, slug: slug, name: name, category: category, description: description)
    }

    private static func language(_ row: PostgresRow) throws -> LanguageRow {
        let (code, name, nativeName) = try row.decode((String, String, String).self)
        return LanguageRow(code: code, name: name, nativeName: nativeName)
    }
}

extension Store {
    public var reference: ReferenceRepository { ReferenceRepository(database: database) }
}
