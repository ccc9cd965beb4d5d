/// Renders the results as one plain-text table: medians and p90s side by side, the ratio, parse
/// throughput and allocations per operation.
struct ResultTable {
    let results: [CaseResult]

    private static let headers = [
        "case", "ours p50", "ours p90", "GraphQLSwift p50", "GraphQLSwift p90", "ratio",
        "ours MB/s", "theirs MB/s", "ours allocs/op", "theirs allocs/op",
    ]

    func render() -> String {
        let rows = [Self.headers] + results.map(Self.cells)
        let widths = Self.headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.indices.map { column in
                column == 0 ? pad(row[column], to: widths[column]) : padLeft(row[column], to: widths[column])
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "-", count: lines[0].count)
        return ([lines[0], rule] + lines.dropFirst()).joined(separator: "\n")
    }

    private static func cells(_ result: CaseResult) -> [String] {
        [
            result.name,
            format(result.ours.p50), format(result.ours.p90),
            format(result.graphQLSwift.p50), format(result.graphQLSwift.p90),
            fixed(result.ratio, decimals: 1) + "x",
            result.megabytesPerSecond(result.ours).map { fixed($0, decimals: 1) } ?? "",
            result.megabytesPerSecond(result.graphQLSwift).map { fixed($0, decimals: 1) } ?? "",
            result.ourAllocations.map { fixed($0, decimals: 0) } ?? "n/a",
            result.graphQLSwiftAllocations.map { fixed($0, decimals: 0) } ?? "n/a",
        ]
    }

    /// A duration in the unit that keeps three or four significant digits: ns, µs or ms.
    static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        if seconds < 1e-6 { return fixed(seconds * 1e9, decimals: 0) + " ns" }
        if seconds < 1e-3 { return fixed(seconds * 1e6, decimals: 2) + " µs" }
        return fixed(seconds * 1e3, decimals: 2) + " ms"
    }

    /// Fixed-point formatting without Foundation's `String(format:)`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard decimals > 0 else { return String(scaled) }
        let whole = String(scaled / Int(scale))
        let fraction = String(scaled % Int(scale))
        return whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    private func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
