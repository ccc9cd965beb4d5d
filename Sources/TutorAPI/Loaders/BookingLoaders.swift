import GraphQLEngine
import TutorStore

/// Bookings by ID, soft-deleted ones included (resolvers decide visibility).
enum BookingByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = BookingRow
}

/// Student profiles by ID, for the student of a booking or package.
enum StudentProfileByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = StudentProfileRow
}

/// State changes, by booking ID.
enum BookingEventsByBooking: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [BookingEventRow]
}

/// Session materials, by booking ID.
enum MaterialsByBooking: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [SessionMaterialRow]
}

/// Session packages by ID.
enum PackageByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = StudentPackageRow
}

/// Payments by ID.
enum PaymentByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = PaymentRow
}

/// Payments, by booking ID.
enum PaymentsByBooking: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [PaymentRow]
}

/// Refunds by ID.
enum RefundByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = RefundRow
}

/// Refunds, by payment ID.
enum RefundsByPayment: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [RefundRow]
}

/// Payouts by ID.
enum PayoutByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = PayoutRow
}

/// Payout items, by payout ID.
enum PayoutItemsByPayout: DataLoaderKey {
    typealias Key = Int64
    typealias Value = [PayoutItemRow]
}

/// Reviews by ID, hidden and deleted ones included.
enum ReviewByID: DataLoaderKey {
    typealias Key = Int64
    typealias Value = ReviewRow
}

/// The review of a booking, by booking ID.
enum ReviewByBooking: DataLoaderKey {
    typealias Key = Int64
    typealias Value = ReviewRow
}

extension RequestContext {
    /// The request's booking loader; other areas resolve their `Booking` fields through it.
    var bookingByID: DataLoader<Int64, BookingRow> {
        loader(BookingByID.self) { [store] ids in try await store.bookings.bookings(ids: ids) }
    }

    /// The request's loader of student profiles, for `Booking.student` and `StudentPackage.student`.
    var studentProfileByID: DataLoader<Int64, StudentProfileRow> {
        loader(StudentProfileByID.self) { [store] ids in try await store.students.profiles(ids: ids) }
    }

    /// The request's loader of booking histories.
    var bookingEvents: DataLoader<Int64, [BookingEventRow]> {
        loader(BookingEventsByBooking.self) { [store] ids in try await store.bookings.events(forBookingIDs: ids) }
    }

    /// The request's loader of session materials.
    var bookingMaterials: DataLoader<Int64, [SessionMaterialRow]> {
        loader(MaterialsByBooking.self) { [store] ids in try await store.bookings.materials(forBookingIDs: ids) }
    }

    /// The request's package loader.
    var packageByID: DataLoader<Int64, StudentPackageRow> {
        loader(PackageByID.self) { [store] ids in try await store.packages.packages(ids: ids) }
    }

    /// The request's payment loader.
    var paymentByID: DataLoader<Int64, PaymentRow> {
        loader(PaymentByID.self) { [store] ids in try await store.payments.payments(ids: ids) }
    }

    /// The request's loader of a booking's payments.
    var bookingPayments: DataLoader<Int64, [PaymentRow]> {
        loader(PaymentsByBooking.self) { [store] ids in try await store.payments.payments(forBookingIDs: ids) }
    }

    /// The request's refund loader.
    var refundByID: DataLoader<Int64, RefundRow> {
        loader(RefundByID.self) { [store] ids in try await store.payments.refunds(ids: ids) }
    }

    /// The request's loader of a payment's refunds.
    var paymentRefunds: DataLoader<Int64, [RefundRow]> {
        loader(RefundsByPayment.self) { [store] ids in try await store.payments.refunds(forPaymentIDs: ids) }
    }

    /// The request's payout loader.
    var payoutByID: DataLoader<Int64, PayoutRow> {
        loader(PayoutByID.self) { [store] ids in try await store.payouts.payouts(ids: ids) }
    }

    /// The request's loader of a payout's items.
    var payoutItems: DataLoader<Int64, [PayoutItemRow]> {
        loader(PayoutItemsByPayout.self) { [store] ids in try await store.payouts.items(forPayoutIDs: ids) }
    }

    /// The request's review loader.
    var reviewByID: DataLoader<Int64, ReviewRow> {
        loader(ReviewByID.self) { [store] ids in try await store.reviews.reviews(ids: ids) }
    }

    /// The request's loader of a booking's review.
    var bookingReview: DataLoader<Int64, ReviewRow> {
        loader(ReviewByBooking.self) { [store] ids in try await store.reviews.reviews(forBookingIDs: ids) }
    }
}
