import Foundation
import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

/// Issue 4's nested query costs the same statements for 5 tutors as for 50: one per relation level.
@Suite("Tutors: statement counts")
struct TutorStatementCountTests {
    /// The exact query of issue 4.
    static let query = """
        { tutors(first: 50) { edges { node { id title subjects { subject { name } } pricingOptions { priceCents } reviews(first: 5) { edges { node { rating student { firstName } booking { subject { name } } } } } } } } }
        """

    @Test("issue 4's query: equal statement counts for 5 and 50 tutors, at most one per relation level")
    func equalCounts() async throws {
        let five = try await statements(forTutors: 5)
        let fifty = try await statements(forTutors: 50)
        #expect(five == fifty)
        // tutors; subjects, pricing options, review pages; subjects, students, bookings; booking subjects.
        #expect(fifty <= 8)
    }

    /// Seeds `count` approved tutors, each with two subjects, a price and six reviews by distinct students,
    /// runs the query and returns its statement count.
    private func statements(forTutors count: Int) async throws -> Int {
        try await APITestHarness.withHarness { harness in
            let fixture = TutorAPIFixture(harness: harness)
            let bookings = BookingFixture(harness: harness)
            var students: [TestUser] = []
            for index in 0..<6 { students.append(try await harness.createUser(.student, firstName: "Student \(index)")) }
            for index in 0..<count {
                let tutor = try await fixture.tutor(title: "Tutor \(index)")
                try await fixture.teach(tutor, "mathematics", primary: true)
                try await fixture.teach(tutor, "physics")
                try await fixture.pricing(tutor, priceCents: 3_000 + index)
                for (offset, student) in students.enumerated() {
                    let start = harness.clock.now().addingTimeInterval(-Double(offset + 1) * 86_400)
                    let booking = try await bookings.booking(
                        tutor: tutor, student: student, start: start, state: BookingFixture.completed)
                    try await bookings.review(booking: booking, rating: 1 + offset % 5)
                }
            }
            let response = try await harness.execute(Self.query)
            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.value("tutors.edges")?.listValue?.count == count)
            #expect(response.value("tutors.edges.0.node.reviews.edges")?.listValue?.count == 5)
            #expect(response.string("tutors.edges.0.node.reviews.edges.0.node.booking.subject.name") == "Mathematics")
            #expect(response.value("tutors.edges.0.node.pricingOptions.0.priceCents")?.intValue != nil)
            return response.statements
        }
    }
}
