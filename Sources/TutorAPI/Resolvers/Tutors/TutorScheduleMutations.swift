import Foundation
import GraphQLEngine
import TutorStore

/// `setAvailability`, `addBlackout` and `removeBlackout`.
enum TutorScheduleMutations {
    /// The most weekly windows one tutor keeps.
    static let maximumSlots = 50

    static func add(to mutation: inout ObjectResolvers<RootValue>) {
        TutorMutation.add("setAvailability", to: &mutation) { input, _ in
            let windows = try availabilityWindows(input.objects("slots"), field: input.field("slots"))
            let timezone = try TutorInputRules.timezone(input, "timezone")
            return { store, userID in try await store.tutors.setAvailability(userID: userID, windows, timezone: timezone) }
        }
        TutorMutation.add("addBlackout", to: &mutation) { input, context in
            let startAt = try input.instant("startAt")
            let endAt = try input.instant("endAt")
            guard endAt > startAt else { throw APIError.badInput("endAt must be after startAt.", field: input.field("endAt")) }
            guard endAt > context.now else {
                throw APIError.badInput("A blackout must not be over already.", field: input.field("endAt"))
            }
            let reason = try TutorInputRules.text(input, "reason", limit: 500) ?? ""
            return { store, userID in
                try await store.tutors.addBlackout(userID: userID, startAt: startAt, endAt: endAt, reason: reason)
            }
        }
        TutorMutation.add("removeBlackout", to: &mutation, itemType: "Blackout") { input, _ in
            let id = try input.id("id", as: .blackout)
            return { store, userID in try await store.tutors.removeBlackout(userID: userID, blackoutID: id) }
        }
    }

    /// Checks the windows of `SetAvailabilityInput.slots`: at most 50, weekday 0–6, start before end, and no
    /// two overlapping on one day (touching ends are fine).
    static func availabilityWindows(_ items: [InputReader], field: String) throws(APIError) -> [AvailabilityWindow] {
        guard items.count <= maximumSlots else {
            throw APIError.badInput("Keep at most \(maximumSlots) weekly windows.", field: field)
        }
        var windows: [AvailabilityWindow] = []
        for item in items {
            let day = try TutorInputRules.int(item, "dayOfWeek", in: 0...6) ?? 0
            let start = item.string("startTime") ?? ""
            let end = item.string("endTime") ?? ""
            let startMinutes = TutorInputRules.minutes(of: start)
            let endMinutes = TutorInputRules.minutes(of: end)
            guard startMinutes < endMinutes else {
                throw APIError.badInput("endTime must be after startTime.", field: item.field("endTime"))
            }
            let overlaps = windows.contains { other in
                other.dayOfWeek == day && TutorInputRules.minutes(of: other.startTime) < endMinutes
                    && startMinutes < TutorInputRules.minutes(of: other.endTime)
            }
            guard !overlaps else {
                throw APIError.badInput("This window overlaps another one on the same day.", field: item.field("startTime"))
            }
            windows.append(AvailabilityWindow(dayOfWeek: day, startTime: start, endTime: end))
        }
        return windows
    }
}
