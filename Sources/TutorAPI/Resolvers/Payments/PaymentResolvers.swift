import GraphQLEngine
import TutorDomain
import TutorStore

/// Money: payments, refunds, payouts and the owner's revenue report.
enum PaymentResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        map.add(paymentType())
        map.add(refundType())
        map.add(payoutType())
        map.add(payoutItemType())
        map.addConnection("Payout", node: PayoutRow.self)
        map.add(revenueReportType())
    }

    static func registerQueries(_ query: inout ObjectResolvers<RootValue>) {
        registerPayoutQueries(&query)
        registerRevenueQueries(&query)
    }

    static func registerNodes(_ nodes: inout NodeFetchers) {
        nodes.add(.payment) { key, context in
            context.paymentByID.deferred(key).map { [viewer = context.viewer] payment -> (any Sendable)? in
                payment.flatMap { $0.isVisible(to: viewer) ? $0 : nil }
            }
        }
        nodes.add(.refund) { key, context in
            context.refundByID.deferred(key).map { [viewer = context.viewer] refund -> (any Sendable)? in
                refund.flatMap { $0.isVisible(to: viewer) ? $0 : nil }
            }
        }
        nodes.add(.payout) { key, context in
            context.payoutByID.deferred(key).map { [viewer = context.viewer] payout -> (any Sendable)? in
                payout.flatMap { $0.isVisible(to: viewer) ? $0 : nil }
            }
        }
    }

    /// `Payment`.
    static func paymentType() -> ObjectResolvers<PaymentRow> {
        var payment = ObjectResolvers("Payment", as: PaymentRow.self)
        payment.field("id") { $0.nodeID.description }
        payment.field("payer") { payment, _, context in .load(context.userByID.deferred(payment.payerUserID)) }
        payment.field("booking") { payment, _, context in
            guard let bookingID = payment.bookingID else { return .value(nil) }
            return .load(context.visibleBooking(bookingID))
        }
        payment.field("package") { payment, _, context in
            guard let packageID = payment.packageID else { return .value(nil) }
            return .load(context.visiblePackage(packageID))
        }
        payment.field("amount") { $0.amount }
        payment.field("refunded") { $0.refunded }
        payment.field("provider") { $0.provider.uppercased() }
        payment.field("status") { $0.status }
        payment.field("authorizedAt") { $0.authorizedAt }
        payment.field("capturedAt") { $0.capturedAt }
        payment.field("refunds") { payment, _, context in
            .load(context.paymentRefunds.deferred(payment.id).map { $0 ?? [] })
        }
        payment.field("createdAt") { $0.createdAt }
        return payment
    }

    /// `Refund`.
    static func refundType() -> ObjectResolvers<RefundRow> {
        var refund = ObjectResolvers("Refund", as: RefundRow.self)
        refund.field("id") { $0.nodeID.description }
        refund.field("payment") { refund, _, context in .load(context.paymentByID.deferred(refund.paymentID)) }
        refund.field("booking") { refund, _, context in
            guard let bookingID = refund.bookingID else { return .value(nil) }
            return .load(context.visibleBooking(bookingID))
        }
        refund.field("amount") { $0.amount }
        refund.field("reason") { $0.reason }
        refund.field("status") { $0.status }
        refund.field("note") { $0.note }
        refund.field("createdAt") { $0.createdAt }
        return refund
    }
}
