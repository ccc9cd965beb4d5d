/// What may be attached to a session and when; the limits match `session_materials`' CHECK constraints, so input
/// refused here is refused with a field name instead of reaching the database as a constraint violation.
public enum SessionMaterialPolicy {
    /// Titles are 1 to 200 characters.
    public static let maximumTitleLength = 200
    /// Link addresses are at most 2,048 characters.
    public static let maximumURLLength = 2048
    /// Storage keys are at most 1,024 characters.
    public static let maximumStorageKeyLength = 1024
    /// Notes are at most 20,000 characters.
    public static let maximumNoteLength = 20_000
    /// Files are at most 50 MB.
    public static let maximumFileBytes = 50 * 1024 * 1024

    /// Whether a booking whose session is in `state` takes new materials.
    ///
    /// Materials belong to a session that is coming, running or took place (homework after it ended is common);
    /// a cancelled, declined or expired booking will never be held, so nothing more is attached to it.
    public static func acceptsMaterials(_ state: SessionState) -> Bool {
        switch state {
        case .requested, .scheduled, .active, .ended: true
        case .cancelled, .expired: false
        }
    }

    /// Whether `mimeType` is a lower-case `type/subtype` media type, as `session_materials.mime_type` requires.
    public static func isMediaType(_ mimeType: String) -> Bool {
        mimeType.wholeMatch(of: /[a-z]+\/[a-z0-9.+\-]+/) != nil
    }
}
