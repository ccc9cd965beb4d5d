/// A file, link or note someone wants to attach to a session, already checked against `SessionMaterialPolicy`.
///
/// Each kind carries exactly the fields it needs, so a link without a URL or a file without a size cannot exist.
public struct SessionMaterialDraft: Sendable, Hashable {
    /// What the material is, with the fields of its kind.
    public enum Content: Sendable, Hashable {
        /// An upload already in storage: its key, media type and size.
        case file(storageKey: String, mimeType: String, sizeBytes: Int)
        /// An http(s) address elsewhere.
        case link(url: String)
        /// Text written for the session.
        case note(body: String)

        /// `session_materials.kind` for this content.
        public var kind: String {
            switch self {
            case .file: "file"
            case .link: "link"
            case .note: "note"
            }
        }
    }

    public let title: String
    public let content: Content

    public init(title: String, content: Content) {
        self.title = title
        self.content = content
    }
}
