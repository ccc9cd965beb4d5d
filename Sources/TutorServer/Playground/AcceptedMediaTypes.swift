import Foundation

/// The media ranges of an `Accept` header with their quality values (RFC 9110 §12.5.1), so the server can tell
/// how much a client wants a given type.
struct AcceptedMediaTypes: Sendable {
    /// One `type/subtype;q=…` entry; `*` stands for any type or subtype.
    struct MediaRange: Sendable {
        let type: Substring
        let subtype: Substring
        let quality: Double

        /// 3 for an exact match, 2 for `type/*`, 1 for `*/*`, nil when the range does not cover the type.
        func specificity(matching type: Substring, _ subtype: Substring) -> Int? {
            if self.type == "*" { return 1 }
            guard self.type == type else { return nil }
            if self.subtype == "*" { return 2 }
            return self.subtype == subtype ? 3 : nil
        }
    }

    let ranges: [MediaRange]

    /// Parses a header value; a missing header means the client accepts anything (`*/*`).
    init(header: String?) {
        guard let header, !header.allSatisfy(\.isWhitespace) else {
            self.ranges = [MediaRange(type: "*", subtype: "*", quality: 1)]
            return
        }
        self.ranges = header.split(separator: ",").compactMap(Self.parseRange)
    }

    private static func parseRange(_ text: Substring) -> MediaRange? {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let mediaType = parts.first else { return nil }
        let typeAndSubtype = mediaType.split(separator: "/", maxSplits: 1)
        guard typeAndSubtype.count == 2 else { return nil }
        let quality = parts.dropFirst()
            .first { $0.hasPrefix("q=") }
            .flatMap { Double($0.dropFirst(2)) } ?? 1
        return MediaRange(type: typeAndSubtype[0], subtype: typeAndSubtype[1], quality: min(max(quality, 0), 1))
    }

    /// The quality the client gives `mediaType` (e.g. `text/html`): that of the most specific range covering it,
    /// or 0 when none does.
    func quality(of mediaType: String) -> Double {
        let typeAndSubtype = mediaType.lowercased().split(separator: "/", maxSplits: 1)
        guard typeAndSubtype.count == 2 else { return 0 }
        let best = ranges
            .compactMap { range in range.specificity(matching: typeAndSubtype[0], typeAndSubtype[1]).map { ($0, range.quality) } }
            .max { $0.0 < $1.0 }
        return best?.1 ?? 0
    }
}
