import TutorStore

extension APIError {
    /// The error clients see for a store refusal: its own description, except that anything not found reads only
    /// as "`notFoundType` not found.", never saying what exactly was missing.
    init(refusal: WriteRefusal, description: String, notFoundType: String) {
        self =
            switch refusal {
            case .notFound: .notFound(notFoundType)
            case .forbidden: .forbidden(description)
            case .conflict: .conflict(description)
            case .badUserInput(let field): .badInput(description, field: "input.\(field)")
            }
    }
}
