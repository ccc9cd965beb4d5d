import Foundation
import GraphQLEngine
import Testing

/// The playground's "Book a session" example must keep working against the schema it ships with.
@Suite("Playground booking example")
struct PlaygroundBookingExampleTests {
    /// The example's document, cut from `playground/examples.js`.
    static func bookingExampleQuery() throws -> String {
        let examples = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../../playground/examples.js")
        let text = try String(contentsOf: examples.standardized, encoding: .utf8)
        let example = try #require(text.range(of: "title: \"Book a session\""))
        let queryStart = try #require(text.range(of: "query: `", range: example.upperBound..<text.endIndex))
        let queryEnd = try #require(text.range(of: "`", range: queryStart.upperBound..<text.endIndex))
        return String(text[queryStart.upperBound..<queryEnd.lowerBound])
    }

    @Test("\"Book a session\" validates and books with the example's variables")
    func bookASession() async throws {
        let query = try Self.bookingExampleQuery()
        try await BookingWriteFixture.run { fixture in
            let response = try await fixture.harness.execute(
                query,
                variables: [
                    "input": .object([
                        "tutorId": .string(fixture.tutorID), "subjectId": .string(fixture.subjectID),
                        "startTime": .string("2030-01-15T15:00:00Z"), "endTime": .string("2030-01-15T16:00:00Z"),
                        "notes": .string("First lesson: exam preparation."),
                    ])
                ],
                as: fixture.student.viewer)
            #expect(response.result.errors.isEmpty, "\(response.result.errors)")
            #expect(response.string("requestBooking.booking.sessionState") == "REQUESTED")
            #expect(response.string("requestBooking.booking.paymentState") != nil)
        }
    }
}
