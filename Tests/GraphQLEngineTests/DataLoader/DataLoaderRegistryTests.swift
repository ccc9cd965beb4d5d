import Testing

@testable import GraphQLEngine

/// Loads a booking's tutor id by booking id.
private enum TutorIDByBooking: DataLoaderKey {
    typealias Key = Int
    typealias Value = Int
}

/// Loads a tutor's name by tutor id.
private enum TutorNameByID: DataLoaderKey {
    typealias Key = Int
    typealias Value = String
}

@Suite("DataLoader registry")
struct DataLoaderRegistryTests {
    @Test("a loader is created once per request and per key type")
    func createsLoadersLazily() {
        let registry = DataLoaderRegistry()
        let made = Locked(0)
        let make = {
            made.withLock { $0 += 1 }
            return DataLoader<Int, Int> { _ in [:] }
        }
        let first = registry.loader(for: TutorIDByBooking.self, make: make)
        let second = registry.loader(for: TutorIDByBooking.self, make: make)
        #expect(first === second)
        #expect(made.withLock { $0 } == 1)
    }

    @Test("dispatchPendingBatches runs every loader with queued keys and reports whether any ran")
    func dispatchesAllLoaders() async throws {
        let registry = DataLoaderRegistry()
        let bookings = BatchRecorder<Int, Int> { $0 + 100 }
        let tutors = BatchRecorder<Int, String> { "tutor \($0)" }
        let tutorIDs = registry.loader(for: TutorIDByBooking.self) { bookings.makeLoader() }
        let names = registry.loader(for: TutorNameByID.self) { tutors.makeLoader() }
        #expect(await registry.dispatchPendingBatches() == false)

        let id = tutorIDs.deferred(1)
        let name = names.deferred(7)
        #expect(await registry.dispatchPendingBatches())
        #expect(try await id.value() == 101)
        #expect(try await name.value() == "tutor 7")
        #expect(bookings.recordedCalls == [[1]])
        #expect(tutors.recordedCalls == [[7]])
        #expect(await registry.dispatchPendingBatches() == false)
    }

    @Test("flatMap queues its inner load when the outer settles: one batch per round")
    func flatMapQueuesSecondRound() async throws {
        let registry = DataLoaderRegistry()
        let bookings = BatchRecorder<Int, Int> { $0 % 3 }
        let tutors = BatchRecorder<Int, String> { "tutor \($0)" }
        let tutorIDs = registry.loader(for: TutorIDByBooking.self) { bookings.makeLoader() }
        let names = registry.loader(for: TutorNameByID.self) { tutors.makeLoader() }

        let tutorNames = (1...6).map { booking in
            tutorIDs.deferred(booking).flatMap { tutorID in
                names.deferred(tutorID!).map { $0?.uppercased() }
            }
        }
        var rounds = 0
        while await registry.dispatchPendingBatches() { rounds += 1 }

        #expect(rounds == 2)
        #expect(bookings.recordedCalls == [[1, 2, 3, 4, 5, 6]])
        #expect(tutors.recordedCalls == [[1, 2, 0]])
        #expect(try await Promise.all(tutorNames).value() == ["TUTOR 1", "TUTOR 2", "TUTOR 0", "TUTOR 1", "TUTOR 2", "TUTOR 0"])
    }
}
