/// How a write the store refused should reach a client: the four outcomes the API tells apart.
///
/// Each write area's error names what went wrong in its own terms; this shared classification is what the API
/// maps to error codes, so every area reports its refusals alike.
public enum WriteRefusal: Sendable, Hashable {
    case notFound
    case forbidden
    case conflict
    /// Bad input, naming the input field at fault (`startTime`, `pricingOptionId`, …).
    case badUserInput(field: String)
}
