import GraphQLEngine
import TutorDomain
import TutorStore

/// The API errors clients see when the store refuses a staff money write; a refused write changed nothing.
enum MoneyWriteErrors {
    /// Runs a refund or payout, reporting the store's refusals as API errors.
    static func translating<Result>(_ write: () async throws -> Result) async throws -> Result {
        do {
            return try await write()
        } catch let error as PaymentRefundError {
            throw error.apiError
        } catch let error as PayoutError {
            throw error.apiError
        }
    }
}

extension PaymentRefundError {
    /// The error clients see for this refusal; conflicts carry the state they collided with.
    var apiError: APIError {
        switch self {
        case .paymentNotFound: .notFound("Payment")
        case .bookingDeleted, .alreadyPaidOut: .conflict(description)
        case .notRefundable(let status): .conflict(description, extensions: ["currentState": .string(status.rawValue)])
        case .invalidAmount: .badInput(description, field: "input.amountCents")
        case .bookingNotRefundable(let current):
            .conflict(description, extensions: ["currentState": .string(current.description)])
        }
    }
}

extension PayoutError {
    /// The error clients see for this refusal.
    var apiError: APIError {
        switch self {
        case .tutorNotFound: .notFound("Tutor")
        case .invalidPeriod: .badInput(description, field: "input.periodEnd")
        case .periodAlreadyPaid(let payoutID):
            .conflict(description, extensions: ["payoutId": .string(GlobalID(.payout, payoutID).description)])
        case .nothingToPay: .conflict(description)
        }
    }
}
