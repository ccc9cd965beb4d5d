/// Formats money for people ("$45.00", "¥4500", "45,00 €" is left to clients: we use the symbol-first
/// English style everywhere so one API response reads the same in every locale).
public enum MoneyFormatter {
    /// Symbol and number of minor-unit digits for the currencies the marketplace supports.
    private static let currencies: [String: (symbol: String, digits: Int)] = [
        "USD": ("$", 2), "EUR": ("€", 2), "GBP": ("£", 2), "JPY": ("¥", 0), "CAD": ("CA$", 2),
        "AUD": ("A$", 2), "CHF": ("CHF ", 2), "CNY": ("CN¥", 2), "INR": ("₹", 2), "BRL": ("R$", 2),
        "MXN": ("MX$", 2), "KRW": ("₩", 0), "SEK": ("SEK ", 2), "NZD": ("NZ$", 2), "SGD": ("S$", 2),
    ]

    /// Minor-unit digits of a currency (2 when unknown).
    public static func minorUnitDigits(_ currency: String) -> Int {
        currencies[currency]?.digits ?? 2
    }

    public static func format(_ money: Money) -> String {
        let info = currencies[money.currency] ?? (symbol: money.currency + " ", digits: 2)
        let sign = money.cents < 0 ? "-" : ""
        let magnitude = money.cents.magnitude
        guard info.digits > 0 else { return "\(sign)\(info.symbol)\(grouped(magnitude))" }
        var divisor: UInt = 1
        for _ in 0..<info.digits { divisor *= 10 }
        let whole = magnitude / divisor
        let fraction = String(magnitude % divisor)
        let padded = String(repeating: "0", count: info.digits - fraction.count) + fraction
        return "\(sign)\(info.symbol)\(grouped(whole)).\(padded)"
    }

    /// 1234567 → "1,234,567".
    private static func grouped(_ value: UInt) -> String {
        let digits = Array(String(value))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
