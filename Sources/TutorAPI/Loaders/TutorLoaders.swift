import Foundation
import GraphQLEngine
import TutorStore

/// Tutor profiles by ID, unapproved and deleted ones included (resolvers decide visibility).
enum TutorByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = TutorProfileRow
}

/// Tutor profiles by their user's ID, for `User.tutorProfile`.
enum TutorByUserID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = TutorProfileRow
}

/// Subjects taught, by tutor ID.
enum TutorSubjectsByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [TutorSubjectRow]
}

/// Certifications, by tutor ID.
enum CertificationsByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [CertificationRow]
}

/// Education entries, by tutor ID.
enum EducationByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [EducationRow]
}

/// Weekly availability, by tutor ID.
enum AvailabilityByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [AvailabilitySlotRow]
}

/// Blackouts not yet over at the request's `now`, by tutor ID.
enum UpcomingBlackoutsByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [BlackoutRow]
}

/// Active pricing options, by tutor ID.
enum PricingOptionsByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [PricingOptionRow]
}

/// Pricing options by ID, withdrawn ones included.
enum PricingOptionByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = PricingOptionRow
}

/// Activity figures, by tutor ID.
enum StatsByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = TutorStatsRow
}

/// Whether the request's viewer marked the tutor as a favorite, by tutor ID.
enum ViewerFavoriteByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = Bool
}

/// One page of a tutor's public reviews: the tutor and the page arguments, so equal pages batch together.
struct TutorReviewsPageKey: Hashable, Sendable {
    let tutorID: Int64
    let page: KeysetPage
    let position: InstantPosition?
}

/// The page arguments review pages are grouped by: one statement per distinct value.
private struct PageArguments: Hashable {
    let page: KeysetPage
    let position: InstantPosition?
}

/// Pages of public reviews, by tutor and page arguments.
enum ReviewPageByTutor: DataLoaderKey {
    typealias Key = TutorReviewsPageKey
    typealias Value = [ReviewRow]
}

/// Public review counts, by tutor ID.
enum ReviewCountByTutor: DataLoaderKey {
    typealias Key = Int64
    typealias Value = Int
}

extension RequestContext {
    /// The request's tutor loader; other areas resolve their `Tutor` fields through it.
    var tutorByID: DataLoader<Int64, TutorProfileRow> {
        loader(TutorByID.self) { [store] ids in try await store.tutors.profiles(ids: ids) }
    }

    /// The request's loader of tutor profiles by user ID, for `User.tutorProfile`.
    var tutorByUserID: DataLoader<Int64, TutorProfileRow> {
        loader(TutorByUserID.self) { [store] ids in try await store.tutors.profiles(forUserIDs: ids) }
    }

    /// The request's pricing option loader (bookings and packages name their option through it).
    var pricingOptionByID: DataLoader<Int64, PricingOptionRow> {
        loader(PricingOptionByID.self) { [store] ids in try await store.tutors.pricingOptions(ids: ids) }
    }

    /// The request's loader of subjects taught.
    var tutorSubjects: DataLoader<Int64, [TutorSubjectRow]> {
        loader(TutorSubjectsByTutor.self) { [store] ids in try await store.tutors.subjects(forTutorIDs: ids) }
    }

    /// The request's certification loader.
    var tutorCertifications: DataLoader<Int64, [CertificationRow]> {
        loader(CertificationsByTutor.self) { [store] ids in try await store.tutors.certifications(forTutorIDs: ids) }
    }

    /// The request's education loader.
    var tutorEducation: DataLoader<Int64, [EducationRow]> {
        loader(EducationByTutor.self) { [store] ids in try await store.tutors.education(forTutorIDs: ids) }
    }

    /// The request's availability loader.
    var tutorAvailability: DataLoader<Int64, [AvailabilitySlotRow]> {
        loader(AvailabilityByTutor.self) { [store] ids in try await store.tutors.availability(forTutorIDs: ids) }
    }

    /// The request's loader of upcoming blackouts, as of the request's start.
    var tutorUpcomingBlackouts: DataLoader<Int64, [BlackoutRow]> {
        loader(UpcomingBlackoutsByTutor.self) { [store, now] ids in
            try await store.tutors.upcomingBlackouts(forTutorIDs: ids, now: now)
        }
    }

    /// The request's loader of active pricing options.
    var tutorPricingOptions: DataLoader<Int64, [PricingOptionRow]> {
        loader(PricingOptionsByTutor.self) { [store] ids in try await store.tutors.activePricingOptions(forTutorIDs: ids) }
    }

    /// The request's activity-figure loader.
    var tutorStats: DataLoader<Int64, TutorStatsRow> {
        loader(StatsByTutor.self) { [store] ids in try await store.tutors.stats(forTutorIDs: ids) }
    }

    /// The request's favorite-flag loader for the viewer (only built for signed-in viewers).
    func viewerFavorites(userID: Int64) -> DataLoader<Int64, Bool> {
        loader(ViewerFavoriteByTutor.self) { [store] ids in
            try await store.students.favoriteFlags(studentUserID: userID, tutorIDs: ids)
        }
    }

    /// The request's loader of review pages; keys with the same page arguments share one statement.
    var tutorReviewPages: DataLoader<TutorReviewsPageKey, [ReviewRow]> {
        loader(ReviewPageByTutor.self) { [store] keys in
            var pages: [TutorReviewsPageKey: [ReviewRow]] = [:]
            let groups = Dictionary(grouping: keys) { PageArguments(page: $0.page, position: $0.position) }
            for (arguments, group) in groups {
                let reviews = try await store.reviews.reviews(
                    forTutorIDs: group.map(\.tutorID), limit: arguments.page.limit,
                    direction: arguments.page.direction, after: arguments.position)
                for key in group { pages[key] = reviews[key.tutorID] ?? [] }
            }
            return pages
        }
    }

    /// The request's loader of public review counts.
    var tutorReviewCounts: DataLoader<Int64, Int> {
        loader(ReviewCountByTutor.self) { [store] ids in try await store.reviews.reviewCounts(forTutorIDs: ids) }
    }
}
