/// One row of the execution benchmark's in-memory data; both libraries resolve fields from the same array.
struct CatalogItem: Sendable {
    let id: String
    let name: String
    let sku: String
    let category: String
    let priceCents: Int
    let stock: Int
    let rating: Double
    let weightKg: Double
    let inStock: Bool
    let featured: Bool

    /// `count` items with varied, deterministic values (no randomness, so every run does the same work).
    static func makeCatalog(count: Int) -> [CatalogItem] {
        (0..<count).map(item(at:))
    }

    private static let categories = ["Mathematics", "Physics", "Languages", "Music", "Programming"]

    private static func item(at index: Int) -> CatalogItem {
        let price: Int = 500 + index * 7 % 9_500
        let rating: Double = Double(index % 50) / 10
        let weight: Double = 0.25 + Double(index % 40) / 8
        return CatalogItem(
            id: "item-\(index)", name: "Study guide \(index)", sku: "SKU-\(100_000 + index)",
            category: categories[index % categories.count], priceCents: price, stock: index * 13 % 250,
            rating: rating, weightKg: weight, inStock: index % 3 != 0, featured: index % 10 == 0)
    }
}
