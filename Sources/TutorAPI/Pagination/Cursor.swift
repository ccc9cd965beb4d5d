import Foundation

/// An opaque pagination cursor: the sort key of one row, ending with its unique ID as the tie-breaker.
public struct Cursor: Sendable, Hashable {
    /// One component of a sort key.
    public enum Component: Sendable, Hashable {
        case int(Int64)
        case double(Double)
        case string(String)
    }

    public let components: [Component]

    public init(_ components: [Component]) { self.components = components }

    /// The encoded form clients see.
    public var encoded: String {
        let body = components.map { component -> String in
            switch component {
            case .int(let value): "i" + String(value)
            case .double(let value): "d" + String(value.bitPattern, radix: 16)
            case .string(let value): "s" + Data(value.utf8).base64EncodedString()
            }
        }.joined(separator: ".")
        return Data(("c1." + body).utf8).base64EncodedString()
    }

    /// Decodes a cursor a client sent back, or throws `BAD_USER_INPUT` naming `field`.
    public init(decoding string: String, field: String) throws(APIError) {
        let invalid = APIError.badInput("\(field) is not a valid cursor.", field: field)
        guard string.count <= 1024, let data = Data(base64Encoded: string),
            let text = String(data: data, encoding: .utf8)
        else { throw invalid }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "c1" else { throw invalid }
        var components: [Component] = []
        for part in parts.dropFirst() {
            let payload = part.dropFirst()
            switch part.first {
            case "i":
                guard let value = Int64(payload) else { throw invalid }
                components.append(.int(value))
            case "d":
                guard let bits = UInt64(payload, radix: 16) else { throw invalid }
                components.append(.double(Double(bitPattern: bits)))
            case "s":
                guard let bytes = Data(base64Encoded: String(payload)), let value = String(data: bytes, encoding: .utf8)
                else { throw invalid }
                components.append(.string(value))
            default:
                throw invalid
            }
        }
        self.components = components
    }
}
