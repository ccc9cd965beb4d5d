/// A validated change to a user's account and profile; nil fields stay as they are.
public struct ProfileChanges: Sendable, Hashable {
    public var firstName: String?
    public var lastName: String?
    public var timezone: String?
    public var currency: String?
    public var avatarURL: String?
    public var phone: String?
    /// ISO 3166-1 alpha-2, upper-case.
    public var countryCode: String?
    /// A `supported_languages` code.
    public var preferredLanguage: String?
    /// `YYYY-MM-DD`.
    public var dateOfBirth: String?
    public var about: String?
    /// Students only: a `student_profiles.grade_level` value.
    public var gradeLevel: String?
    /// Students only.
    public var learningGoals: String?

    public init() {}

    /// Whether the change touches the student profile.
    var touchesStudentProfile: Bool { gradeLevel != nil || learningGoals != nil }
}
