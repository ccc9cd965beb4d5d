import GraphQLEngine
import TutorStore

/// Users by ID, soft-deleted ones included (resolvers decide who may see those).
enum UserByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = UserRow
}

/// Profile details by user ID.
enum UserProfileByUserID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = UserProfileRow
}

/// Every notification switch of a user, by user ID.
enum NotificationPreferencesByUserID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [NotificationPreferenceRow]
}

extension RequestContext {
    /// The request's user loader; other areas resolve their `User` fields through it.
    var userByID: DataLoader<Int64, UserRow> {
        loader(UserByID.self) { [store] ids in try await store.users.users(ids: ids) }
    }

    /// The request's profile loader.
    var userProfileByUserID: DataLoader<Int64, UserProfileRow> {
        loader(UserProfileByUserID.self) { [store] ids in try await store.users.profiles(forUserIDs: ids) }
    }

    /// The request's notification switch loader.
    var notificationPreferencesByUserID: DataLoader<Int64, [NotificationPreferenceRow]> {
        loader(NotificationPreferencesByUserID.self) { [store] ids in
            try await store.users.notificationPreferences(forUserIDs: ids)
        }
    }
}
