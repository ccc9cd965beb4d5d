import Foundation
import GraphQLEngine

/// The object types that have global IDs, spelled as their GraphQL type names.
public enum NodeKind: String, Sendable, Hashable, CaseIterable {
    case user = "User"
    case tutor = "Tutor"
    case student = "Student"
    case studentNote = "StudentNote"
    case studentPackage = "StudentPackage"
    case subject = "Subject"
    case certification = "Certification"
    case education = "Education"
    case availabilitySlot = "AvailabilitySlot"
    case blackout = "Blackout"
    case pricingOption = "PricingOption"
    case booking = "Booking"
    case bookingEvent = "BookingEvent"
    case sessionMaterial = "SessionMaterial"
    case payment = "Payment"
    case refund = "Refund"
    case payout = "Payout"
    case review = "Review"
    case conversation = "Conversation"
    case message = "Message"
    case messageAttachment = "MessageAttachment"
    case notification = "Notification"
    case auditLogEntry = "AuditLogEntry"
    case report = "Report"
}

/// A Relay global ID: the type and the database key, base64url-encoded so clients treat it as opaque.
///
/// Opaque IDs let us change keys or merge tables later without breaking clients that stored them.
public struct GlobalID: Sendable, Hashable, CustomStringConvertible {
    public let kind: NodeKind
    public let key: Int64

    public init(_ kind: NodeKind, _ key: Int64) {
        self.kind = kind
        self.key = key
    }

    /// The encoded form clients see.
    public var description: String {
        Base64URL.encode(Data("\(kind.rawValue):\(key)".utf8))
    }

    /// Decodes any global ID; `nil` when it is not one of ours.
    public static func decode(_ string: String) -> GlobalID? {
        guard string.count <= 128 else { return nil }
        guard let data = Base64URL.decode(string), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":"),
            let kind = NodeKind(rawValue: String(text[..<colon])),
            let key = Int64(text[text.index(after: colon)...]), key > 0
        else { return nil }
        return GlobalID(kind, key)
    }

    /// Decodes an ID argument that must name a `kind`, or throws `BAD_USER_INPUT` naming `field`.
    public static func decode(_ string: String, as kind: NodeKind, field: String) throws(APIError) -> Int64 {
        guard let id = decode(string), id.kind == kind else {
            throw APIError.badInput("\(field) is not a valid \(kind.rawValue) ID.", field: field)
        }
        return id.key
    }
}
