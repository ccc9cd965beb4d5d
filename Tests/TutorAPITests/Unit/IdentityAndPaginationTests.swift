import GraphQLEngine
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("Global IDs and cursors")
struct IdentityAndPaginationTests {
    @Test("global IDs are opaque and round-trip")
    func globalIDs() throws {
        let id = GlobalID(.tutor, 42)
        #expect(!id.description.contains("42"))
        #expect(GlobalID.decode(id.description) == id)
        #expect(try GlobalID.decode(id.description, as: .tutor, field: "tutorId") == 42)
        #expect(throws: APIError.self) { try GlobalID.decode(id.description, as: .booking, field: "bookingId") }
        #expect(GlobalID.decode("garbage!") == nil)
        #expect(GlobalID.decode(GlobalID(.user, 1).description.uppercased()) == nil)
    }

    @Test("cursors carry typed sort keys")
    func cursors() throws {
        let cursor = Cursor([.double(4.75), .string("Zoë: 1.5"), .int(-3), .int(99)])
        #expect(try Cursor(decoding: cursor.encoded, field: "after") == cursor)
        #expect(throws: APIError.self) { try Cursor(decoding: "bm9wZQ==", field: "after") }
        #expect(throws: APIError.self) { try Cursor(decoding: "%%%", field: "after") }
    }

    @Test("page requests read first/after and last/before, capped at 100")
    func pageRequests() throws {
        let cursor = Cursor([.int(5)]).encoded
        let forward = try PageRequest(arguments: ["first": .int(10), "after": .string(cursor)])
        #expect(forward == PageRequest(direction: .forward, limit: 10, cursor: Cursor([.int(5)])))
        let backward = try PageRequest(arguments: ["last": .int(3), "before": .string(cursor)])
        #expect(backward.direction == .backward && backward.limit == 3)
        #expect(try PageRequest(arguments: [:]).limit == 20)

        do {
            _ = try PageRequest(arguments: ["first": .int(101)])
            Issue.record("first: 101 must be refused")
        } catch {
            #expect(error.message == "first must be between 0 and 100, got 101.")
            #expect(error.code == .badUserInput)
            #expect(error.extensions["field"] == .string("first"))
        }
        #expect(throws: APIError.self) { try PageRequest(arguments: ["first": .int(1), "last": .int(1)]) }
        #expect(throws: APIError.self) { try PageRequest(arguments: ["first": .int(-1)]) }
    }
}

@Suite("Access policy")
struct AccessPolicyTests {
    let student = Viewer(userID: 1, role: .student)
    let tutor = Viewer(userID: 2, role: .tutor)
    let stranger = Viewer(userID: 3, role: .student)
    let admin = Viewer(userID: 4, role: .admin)
    let owner = Viewer(userID: 5, role: .owner)

    @Test("bookings are visible to their two parties and staff only")
    func bookings() {
        let booking = Permission.readBooking(studentUserID: 1, tutorUserID: 2)
        #expect(AccessPolicy.allows(student, booking))
        #expect(AccessPolicy.allows(tutor, booking))
        #expect(AccessPolicy.allows(admin, booking))
        #expect(!AccessPolicy.allows(stranger, booking))
        #expect(!AccessPolicy.allows(nil, booking))
    }

    @Test("private user data belongs to its owner and staff; revenue to the owner")
    func privateData() {
        #expect(AccessPolicy.allows(student, .readPrivateUserData(ownerUserID: 1)))
        #expect(!AccessPolicy.allows(stranger, .readPrivateUserData(ownerUserID: 1)))
        #expect(AccessPolicy.allows(admin, .readPrivateUserData(ownerUserID: 1)))
        #expect(!AccessPolicy.allows(tutor, .readTutorEarnings(tutorUserID: 9)))
        #expect(AccessPolicy.allows(tutor, .readTutorEarnings(tutorUserID: 2)))
        #expect(!AccessPolicy.allows(admin, .readRevenue))
        #expect(AccessPolicy.allows(owner, .readRevenue))
    }

    @Test("signed-out viewers get UNAUTHENTICATED, others FORBIDDEN")
    func errorCodes() {
        do {
            try AccessPolicy.require(nil, .moderate)
            Issue.record("must throw")
        } catch { #expect(error.code == .unauthenticated) }
        do {
            try AccessPolicy.require(student, .moderate)
            Issue.record("must throw")
        } catch { #expect(error.code == .forbidden) }
        #expect(throws: APIError.self) { try AccessPolicy.requireRole(student, [.tutor]) }
        #expect((try? AccessPolicy.requireRole(owner, [.tutor])) == owner)
    }
}
