import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("addSessionMaterial through GraphQL")
struct SessionMaterialMutationTests {
    /// The payload fields the tests read back.
    static let document = """
        mutation Add($input: AddSessionMaterialInput!) {
          addSessionMaterial(input: $input) {
            booking { id materials { id kind title url body mimeType sizeBytes uploadedBy { id } } }
            clientMutationId
          }
        }
        """

    /// Adds a material with `fields` to `bookingID` as `viewer`.
    static func add(
        _ fields: ObjectValue, to bookingID: String, as viewer: Viewer?, in fixture: BookingWriteFixture
    ) async throws -> APIResponse {
        var input = fields
        input["bookingId"] = .string(bookingID)
        return try await fixture.harness.execute(document, variables: ["input": .object(input)], as: viewer)
    }

    /// How many materials and outbox rows the database holds: a refused write adds to neither.
    static func writes(_ fixture: BookingWriteFixture) async throws -> Int64? {
        try await fixture.harness.scalar(
            "SELECT (SELECT count(*) FROM session_materials) * 1000 + (SELECT count(*) FROM outbox)", as: Int64.self)
    }

    static let link: ObjectValue = [
        "kind": .string("LINK"), "title": .string("Reading list"), "url": .string("https://example.com/reading"),
    ]

    @Test("the student shares a link and the tutor a note and a file; the booking lists them and the other party is told")
    func partiesShare() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let outboxBefore = try #require(try await fixture.harness.scalar("SELECT count(*) FROM outbox", as: Int64.self))

            var linkInput = Self.link
            linkInput["clientMutationId"] = .string("material-1")
            let linked = try await Self.add(linkInput, to: booking, as: fixture.student.viewer, in: fixture)
            #expect(linked.result.errors.isEmpty, "\(linked.json) \(linked.internalErrors)")
            #expect(linked.string("addSessionMaterial.clientMutationId") == "material-1")
            #expect(linked.string("addSessionMaterial.booking.materials.0.kind") == "LINK")
            #expect(linked.string("addSessionMaterial.booking.materials.0.url") == "https://example.com/reading")
            #expect(linked.string("addSessionMaterial.booking.materials.0.uploadedBy.id") == fixture.student.globalID)

            let noted = try await Self.add(
                ["kind": .string("NOTE"), "title": .string("  Homework  "), "body": .string("Exercises 1–5.")], to: booking,
                as: fixture.tutor.viewer, in: fixture)
            #expect(noted.string("addSessionMaterial.booking.materials.1.title") == "Homework")
            #expect(noted.string("addSessionMaterial.booking.materials.1.body") == "Exercises 1–5.")

            let filed = try await Self.add(
                [
                    "kind": .string("FILE"), "title": .string("Slides"), "storageKey": .string("uploads/42/slides.pdf"),
                    "mimeType": .string("Application/PDF"),
                    "sizeBytes": .int(52_428_800),
                ], to: booking, as: fixture.tutor.viewer, in: fixture)
            #expect(filed.result.errors.isEmpty, "\(filed.json)")
            #expect(filed.string("addSessionMaterial.booking.materials.2.mimeType") == "application/pdf")
            #expect(filed.value("addSessionMaterial.booking.materials.2.sizeBytes") == .int(52_428_800))

            let recipients = try await fixture.harness.scalar(
                """
                SELECT string_agg(payload->>'userID', ',' ORDER BY id) FROM outbox
                WHERE id > \(outboxBefore) AND payload->>'type' = 'SESSION_MATERIAL_ADDED'
                """, as: String.self)
            #expect(recipients == "\(fixture.tutor.id),\(fixture.student.id),\(fixture.student.id)")
        }
    }

    @Test(
        "input the material's kind does not allow is BAD_USER_INPUT naming the field, and nothing is written",
        arguments: [
            (["kind": .string("LINK"), "title": .string("No address")], "input.url"),
            (["kind": .string("LINK"), "title": .string("FTP"), "url": .string("ftp://example.com/file")], "input.url"),
            (
                ["kind": .string("LINK"), "title": .string("Both"), "url": .string("https://example.com"), "body": .string("text")],
                "input.body"
            ),
            (["kind": .string("NOTE"), "title": .string("Empty")], "input.body"),
            (["kind": .string("NOTE"), "title": .string("Blank"), "body": .string("   ")], "input.body"),
            (["kind": .string("NOTE"), "title": .string("Long"), "body": .string(String(repeating: "a", count: 20_001))], "input.body"),
            (["kind": .string("NOTE"), "title": .string(""), "body": .string("text")], "input.title"),
            (["kind": .string("NOTE"), "title": .string(String(repeating: "t", count: 201)), "body": .string("text")], "input.title"),
            (
                ["kind": .string("FILE"), "title": .string("No key"), "mimeType": .string("application/pdf"), "sizeBytes": .int(10)],
                "input.storageKey"
            ),
            (["kind": .string("FILE"), "title": .string("No type"), "storageKey": .string("k"), "sizeBytes": .int(10)], "input.mimeType"),
            (
                [
                    "kind": .string("FILE"), "title": .string("Bad type"), "storageKey": .string("k"), "mimeType": .string("pdf"),
                    "sizeBytes": .int(10),
                ], "input.mimeType"
            ),
            (
                ["kind": .string("FILE"), "title": .string("No size"), "storageKey": .string("k"), "mimeType": .string("application/pdf")],
                "input.sizeBytes"
            ),
            (
                [
                    "kind": .string("FILE"), "title": .string("Huge"), "storageKey": .string("k"), "mimeType": .string("video/mp4"),
                    "sizeBytes": .int(52_428_801),
                ], "input.sizeBytes"
            ),
            (
                [
                    "kind": .string("FILE"), "title": .string("Negative"), "storageKey": .string("k"), "mimeType": .string("video/mp4"),
                    "sizeBytes": .int(-1),
                ], "input.sizeBytes"
            ),
            (
                [
                    "kind": .string("FILE"), "title": .string("Also a link"), "storageKey": .string("k"), "mimeType": .string("video/mp4"),
                    "sizeBytes": .int(1), "url": .string("https://x.org"),
                ], "input.url"
            ),
        ] as [(ObjectValue, String)])
    func badInput(fields: ObjectValue, field: String) async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let before = try await Self.writes(fixture)
            let response = try await Self.add(fields, to: booking, as: fixture.student.viewer, in: fixture)
            #expect(response.onlyErrorCode == .badUserInput, "\(response.json)")
            #expect(response.errorField == field)
            #expect(try await Self.writes(fixture) == before)
        }
    }

    @Test("signed out is UNAUTHENTICATED, a stranger or a missing booking NOT_FOUND, staff FORBIDDEN; nothing is written")
    func authorization() async throws {
        try await BookingWriteFixture.run { fixture in
            let booking = try await fixture.requestedBooking()
            let admin = try await fixture.harness.createUser(.admin)
            let owner = try await fixture.harness.createUser(.owner)
            let before = try await Self.writes(fixture)

            let signedOut = try await Self.add(Self.link, to: booking, as: nil, in: fixture)
            #expect(signedOut.onlyErrorCode == .unauthenticated)
            let stranger = try await Self.add(Self.link, to: booking, as: fixture.outsider.viewer, in: fixture)
            #expect(stranger.onlyErrorCode == .notFound)
            #expect(stranger.result.errors.first?.message == "Booking not found.")
            let missing = try await Self.add(
                Self.link, to: GlobalID(.booking, 999_999).description, as: fixture.student.viewer, in: fixture)
            #expect(missing.onlyErrorCode == .notFound)
            for staff in [admin, owner] {
                let refused = try await Self.add(Self.link, to: booking, as: staff.viewer, in: fixture)
                #expect(refused.onlyErrorCode == .forbidden, "\(staff.role)")
            }
            #expect(try await Self.writes(fixture) == before)
        }
    }

    @Test("a declined booking takes no materials: CONFLICT naming its state, nothing written; an ended one still does")
    func bookingState() async throws {
        try await BookingWriteFixture.run { fixture in
            let declined = try await fixture.requestedBooking(hoursAhead: 72)
            _ = try await fixture.act("declineBooking", on: declined, as: fixture.tutor.viewer)
            let before = try await Self.writes(fixture)
            let refused = try await Self.add(Self.link, to: declined, as: fixture.student.viewer, in: fixture)
            #expect(refused.onlyErrorCode == .conflict)
            #expect(refused.result.errors.first?.message.contains("CANCELLED") == true, "\(refused.json)")
            #expect(try await Self.writes(fixture) == before)

            let held = try await fixture.requestedBooking(hoursAhead: 24)
            _ = try await fixture.act("acceptBooking", on: held, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 24 * 3600)
            _ = try await fixture.act("startSession", on: held, as: fixture.tutor.viewer)
            fixture.harness.clock.advance(by: 3600)
            _ = try await fixture.act(
                "endSession", on: held, as: fixture.tutor.viewer, inputType: "EndSessionInput",
                extra: ["outcome": .string("COMPLETED")])
            let afterSession = try await Self.add(Self.link, to: held, as: fixture.tutor.viewer, in: fixture)
            #expect(afterSession.result.errors.isEmpty, "\(afterSession.json)")
        }
    }
}
