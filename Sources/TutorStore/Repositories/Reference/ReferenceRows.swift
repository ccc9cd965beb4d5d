import Foundation

/// A row of `subjects`.
public struct SubjectRow: Sendable, Hashable {
    public let id: Int64
    public let slug: String
    public let name: String
    public let category: String
    public let description: String
}

/// A row of `supported_currencies`.
public struct CurrencyRow: Sendable, Hashable {
    public let code: String
    public let name: String
    public let symbol: String
    public let decimalPlaces: Int
}

/// A row of `supported_languages`.
public struct LanguageRow: Sendable, Hashable {
    public let code: String
    public let name: String
    public let nativeName: String
}

/// A row of `currency_rates`.
public struct CurrencyRateRow: Sendable, Hashable {
    public let base: String
    public let quote: String
    public let rate: Double
    public let effectiveAt: Date
}
