import Foundation
import GraphQLEngine
import TutorDomain

/// Reads `AddSessionMaterialInput` into a draft: each kind needs its own fields and refuses the others', and every
/// refusal is BAD_USER_INPUT naming the field, so nothing reaches the database that its constraints would reject.
enum SessionMaterialInput {
    /// The fields only one kind of material may carry.
    private static let kindFields = ["FILE": ["storageKey", "mimeType", "sizeBytes"], "LINK": ["url"], "NOTE": ["body"]]

    /// The draft `input` describes.
    static func draft(_ input: InputReader) throws(APIError) -> SessionMaterialDraft {
        let title =
            try TutorInputRules.text(
                input, "title", limit: SessionMaterialPolicy.maximumTitleLength, required: true) ?? ""
        let kind = input.string("kind") ?? ""
        guard let ownFields = kindFields[kind] else {
            throw APIError.badInput("Unknown material kind.", field: input.field("kind"))
        }
        let otherKindsFields = kindFields.values.joined().filter { !ownFields.contains($0) }
        for field in otherKindsFields where (input.fields[field] ?? .null) != .null {
            throw APIError.badInput("\(field) does not apply to \(kind) materials.", field: input.field(field))
        }
        return SessionMaterialDraft(title: title, content: try content(kind, input))
    }

    /// The kind's own fields, each required and within its limit.
    private static func content(_ kind: String, _ input: InputReader) throws(APIError) -> SessionMaterialDraft.Content {
        switch kind {
        case "LINK":
            guard let url = try TutorInputRules.url(input, "url") else { throw missing("url", of: kind, input) }
            return .link(url: url)
        case "NOTE":
            let body = try TutorInputRules.text(input, "body", limit: SessionMaterialPolicy.maximumNoteLength, required: true)
            return .note(body: body ?? "")
        default:
            let storageKey =
                try TutorInputRules.text(
                    input, "storageKey", limit: SessionMaterialPolicy.maximumStorageKeyLength, required: true) ?? ""
            return .file(storageKey: storageKey, mimeType: try mimeType(input), sizeBytes: try sizeBytes(input))
        }
    }

    /// A file's media type, lower-cased as `type/subtype`.
    private static func mimeType(_ input: InputReader) throws(APIError) -> String {
        guard let raw = input.string("mimeType") else { throw missing("mimeType", of: "FILE", input) }
        let mimeType = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard SessionMaterialPolicy.isMediaType(mimeType) else {
            throw APIError.badInput("Enter a media type such as application/pdf.", field: input.field("mimeType"))
        }
        return mimeType
    }

    /// A file's size: at most 50 MB.
    private static func sizeBytes(_ input: InputReader) throws(APIError) -> Int {
        guard let size = input.int("sizeBytes") else { throw missing("sizeBytes", of: "FILE", input) }
        guard (0...SessionMaterialPolicy.maximumFileBytes).contains(size) else {
            throw APIError.badInput(
                "Files are at most \(SessionMaterialPolicy.maximumFileBytes) bytes (50 MB), not \(size).",
                field: input.field("sizeBytes"))
        }
        return size
    }

    /// The error for a field `kind` requires but the input left out.
    private static func missing(_ field: String, of kind: String, _ input: InputReader) -> APIError {
        APIError.badInput("\(kind) materials need \(field).", field: input.field(field))
    }
}
