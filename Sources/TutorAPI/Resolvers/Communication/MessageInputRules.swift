import Foundation
import GraphQLEngine
import TutorStore

/// The rules message inputs follow, checked before any database work; each failure is `BAD_USER_INPUT`
/// naming the offending field. The table constraints repeat them as the last line of defence.
enum MessageInputRules {
    /// The longest message, in characters (Unicode scalars, as PostgreSQL's `length` counts them).
    static let maximumBodyLength = 10_000
    /// The most files one message may carry.
    static let maximumAttachments = 5
    /// The largest file, in bytes (10 MB).
    static let maximumAttachmentBytes: Int64 = 10 * 1024 * 1024
    /// The media types a file may have: images, PDF, plain text, Word documents, MP3 and MP4.
    static let allowedMimeTypes: Set<String> = [
        "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "audio/mpeg", "video/mp4",
    ]

    /// A text of 1 to 10,000 characters that is not only white space; kept as written.
    static func body(_ body: String, field: String) throws(APIError) -> String {
        guard body.contains(where: { !$0.isWhitespace }) else {
            throw APIError.badInput("A message must not be empty.", field: field)
        }
        guard body.unicodeScalars.count <= maximumBodyLength else {
            throw APIError.badInput("A message has at most 10,000 characters.", field: field)
        }
        return body
    }

    /// At most five files of an allowed type, each 1 byte to 10 MB, with a name and a storage key.
    static func attachments(_ values: [Value], field: String) throws(APIError) -> [NewAttachment] {
        guard values.count <= maximumAttachments else {
            throw APIError.badInput("A message carries at most \(maximumAttachments) files.", field: field)
        }
        var attachments: [NewAttachment] = []
        for (index, value) in values.enumerated() {
            attachments.append(try attachment(value.objectValue ?? [:], field: "\(field)[\(index)]"))
        }
        return attachments
    }

    /// One `MessageAttachmentInput`.
    private static func attachment(_ fields: ObjectValue, field: String) throws(APIError) -> NewAttachment {
        let fileName = (fields["fileName"]?.stringValue ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...255).contains(fileName.unicodeScalars.count) else {
            throw APIError.badInput("A file name has 1 to 255 characters.", field: "\(field).fileName")
        }
        let mimeType = (fields["mimeType"]?.stringValue ?? "").lowercased()
        guard allowedMimeTypes.contains(mimeType) else {
            throw APIError.badInput(
                "Files must be images, PDF, text, Word documents, MP3 or MP4.", field: "\(field).mimeType")
        }
        let sizeBytes = Int64(fields["sizeBytes"]?.intValue ?? 0)
        guard (1...maximumAttachmentBytes).contains(sizeBytes) else {
            throw APIError.badInput("A file has 1 byte to 10 MB.", field: "\(field).sizeBytes")
        }
        let storageKey = fields["storageKey"]?.stringValue ?? ""
        guard (1...1024).contains(storageKey.unicodeScalars.count) else {
            throw APIError.badInput("A storage key has 1 to 1,024 characters.", field: "\(field).storageKey")
        }
        return NewAttachment(fileName: fileName, mimeType: mimeType, sizeBytes: sizeBytes, storageKey: storageKey)
    }
}
