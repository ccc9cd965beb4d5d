import Foundation
import GraphQLEngine
import TutorDomain
import TutorStore

/// The owner's report: the period asked for and the figures the store computed for it.
struct RevenueReport: Sendable {
    let from: Date
    let to: Date
    let figures: RevenueFigures
}

extension PaymentResolvers {
    /// `RevenueReport`.
    static func revenueReportType() -> ObjectResolvers<RevenueReport> {
        var report = ObjectResolvers("RevenueReport", as: RevenueReport.self)
        report.field("from") { $0.from }
        report.field("to") { $0.to }
        report.field("currency") { $0.figures.grossRevenue.currency }
        report.field("grossRevenue") { $0.figures.grossRevenue }
        report.field("refunds") { $0.figures.refunds }
        report.field("platformFees") { $0.figures.platformFees }
        report.field("tutorEarnings") { $0.figures.tutorEarnings }
        report.field("completedSessions") { $0.figures.completedSessions }
        report.field("bookingsCreated") { $0.figures.bookingsCreated }
        report.field("newStudents") { $0.figures.newStudents }
        report.field("newTutors") { $0.figures.newTutors }
        return report
    }

    /// `revenueReport`: owner only.
    static func registerRevenueQueries(_ query: inout ObjectResolvers<RootValue>) {
        query.field("revenueReport") { _, arguments, context in
            try AccessPolicy.require(context.viewer, .readRevenue)
            guard let from = arguments["from"].flatMap(CustomScalars.dateValue(ofDateTime:)) else {
                throw APIError.badInput("from must be a date-time.", field: "from")
            }
            guard let to = arguments["to"].flatMap(CustomScalars.dateValue(ofDateTime:)), from < to else {
                throw APIError.badInput("to must be a date-time later than from.", field: "to")
            }
            let currency = arguments["currency"]?.stringValue ?? "USD"
            let revenue = context.store.revenue
            return .run {
                RevenueReport(from: from, to: to, figures: try await revenue.figures(from: from, to: to, currency: currency))
            }
        }
    }
}
