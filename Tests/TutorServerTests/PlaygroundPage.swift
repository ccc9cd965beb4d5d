import Foundation

/// Reads what the playground shows out of a DOM dumped by Chromium, the way a person reads the screen.
struct PlaygroundPage {
    /// The serialised DOM.
    let html: String

    /// The text of the element `<tag … id="id" …>`, with markup removed and entities decoded; the element
    /// must not contain another `tag` element (the result is a `section`, the docs an `aside`).
    func text(ofElement tag: String, id: String) throws -> String? {
        guard
            let open = html.firstMatch(of: try Regex("<\(tag)[^>]*\\sid=\"\(id)\"[^>]*>")),
            let close = html[open.range.upperBound...].range(of: "</\(tag)>")
        else { return nil }
        let inner = html[open.range.upperBound..<close.lowerBound]
        return Self.decodeEntities(String(inner).replacing(try Regex("<[^>]*>"), with: ""))
    }

    /// Decodes the entities Chromium's serialiser writes in text: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&nbsp;`.
    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&nbsp;", with: " ")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
