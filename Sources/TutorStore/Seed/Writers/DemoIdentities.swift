/// The ids reserved for every demo row that other rows point at, by dataset position (`bookings[3]` is the id of
/// `dataset.bookings[3]`).
struct DemoIdentities {
    let users: [Int64]
    let tutors: [Int64]
    let students: [Int64]
    let pricingOptions: [Int64]
    let packages: [Int64]
    let bookings: [Int64]
    let payments: [Int64]
    let payouts: [Int64]
    let conversations: [Int64]
    let messages: [Int64]

    /// Reserves ids for every referenced table of `dataset` from their identity sequences.
    static func reserve(for dataset: DemoDataset, in transaction: Transaction) async throws -> DemoIdentities {
        func reserve(_ count: Int, _ table: String) async throws -> [Int64] {
            try await IdentityReservation.reserve(count, for: table, in: transaction)
        }
        return DemoIdentities(
            users: try await reserve(dataset.users.count, "users"),
            tutors: try await reserve(dataset.tutors.count, "tutor_profiles"),
            students: try await reserve(dataset.students.count, "student_profiles"),
            pricingOptions: try await reserve(dataset.pricingOptions.count, "tutor_pricing_options"),
            packages: try await reserve(dataset.packages.count, "student_packages"),
            bookings: try await reserve(dataset.bookings.count, "bookings"),
            payments: try await reserve(dataset.payments.count, "payments"),
            payouts: try await reserve(dataset.payouts.count, "payouts"),
            conversations: try await reserve(dataset.conversations.count, "conversations"),
            messages: try await reserve(dataset.messages.count, "messages")
        )
    }

    /// The id of an admin record's target.
    func id(of record: DemoRecord) -> Int64 {
        switch record {
        case .user(let index): users[index]
        case .tutor(let index): tutors[index]
        case .booking(let index): bookings[index]
        case .message(let index): messages[index]
        }
    }
}
