/// Ready-made coercion hooks for the custom scalars TutorGraph's schema declares; bind them by name in
/// `ResolverMap.scalars` and declare the scalar in SDL with the matching `@specifiedBy(url:)`.
public enum CustomScalars {
    /// RFC 3339 date-times with an offset, normalised to UTC with at most millisecond precision
    /// (`2026-11-24T20:16:42Z`, `2026-11-24T20:16:42.120Z`). Serializes `Date`s and date-time strings.
    public static let dateTime = ScalarCoercion(
        serialize: DateTimeCoercion.serialize, parseValue: DateTimeCoercion.parseValue,
        parseLiteral: DateTimeCoercion.parseLiteral
    )
    /// Calendar dates `YYYY-MM-DD`, validated (no 2026-02-30). Serializes `Date`s (their UTC day) and date strings.
    public static let date = ScalarCoercion(
        serialize: DateCoercion.serialize, parseValue: DateCoercion.parseValue, parseLiteral: DateCoercion.parseLiteral
    )
    /// Any JSON value, passed through unchanged; also the behaviour of a custom scalar bound to no hooks.
    public static let json = ScalarCoercion(
        serialize: JSONCoercion.serialize, parseValue: JSONCoercion.parseValue, parseLiteral: JSONCoercion.parseLiteral
    )

    /// The specification `dateTime` implements, for `scalar DateTime @specifiedBy(url: …)`.
    public static let dateTimeSpecifiedByURL = "https://scalars.graphql.org/chillicream/date-time.html"
    /// The specification `date` implements, for `scalar Date @specifiedBy(url: …)`.
    public static let dateSpecifiedByURL = "https://scalars.graphql.org/chillicream/date.html"
    /// The specification `json` implements, for `scalar JSON @specifiedBy(url: …)`.
    public static let jsonSpecifiedByURL = "https://www.rfc-editor.org/rfc/rfc8259"
}
