/// Why a package purchase was refused, typed so the API can answer NOT_FOUND, FORBIDDEN, CONFLICT or BAD_USER_INPUT.
/// A refused purchase changes nothing and charges nothing.
public enum PackagePurchaseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No pricing option has this ID, or it was withdrawn, or its tutor was deleted.
    case pricingOptionNotFound
    /// The option sells single sessions or a trial, which are booked with `requestBooking`, not bought ahead.
    case notAPackage(pricingType: String)
    /// The tutor has switched the option off for now.
    case pricingOptionInactive
    /// The tutor is not approved or their account is disabled, so nobody can buy their sessions.
    case tutorNotBookable
    /// Only a user with a live student profile can buy a package.
    case notAStudent

    /// How the API should report the error.
    public var category: WriteRefusal {
        switch self {
        case .pricingOptionNotFound: .notFound
        case .notAStudent: .forbidden
        case .pricingOptionInactive, .tutorNotBookable: .conflict
        case .notAPackage: .badUserInput(field: "pricingOptionId")
        }
    }

    public var description: String {
        switch self {
        case .pricingOptionNotFound: "Pricing option not found."
        case .notAPackage(let type): "Only package options can be bought ahead; this one is \(type), book it instead."
        case .pricingOptionInactive: "The tutor no longer offers this package."
        case .tutorNotBookable: "This tutor is not taking bookings."
        case .notAStudent: "Only students can buy packages."
        }
    }
}
