import Foundation
import PostgresNIO
import TutorDomain

@testable import TutorAPI

/// Inserts bookings and the history, money, packages and reviews around them straight into the database, as
/// the booking mutations (a later issue) will; every row satisfies the schema's constraints.
struct BookingFixture {
    let harness: APITestHarness

    /// A scheduled, authorized booking state.
    static let scheduled = BookingState(session: .scheduled, payment: .authorized)
    /// A completed, captured booking state.
    static let completed = BookingState(session: .ended, outcome: .completed, payment: .captured)

    /// A one-hour Mathematics booking of `student` with `tutor` from `start`; the price snapshot splits
    /// `priceCents` into a 20 % platform fee and the tutor's earnings.
    @discardableResult
    func booking(
        tutor: TestUser, student: TestUser, start: Date, state: BookingState = scheduled, priceCents: Int = 5_000,
        notes: String = "Chapter 3, please.", packageID: Int64? = nil, rescheduledFromID: Int64? = nil,
        deleted: Bool = false
    ) async throws -> Int64 {
        let fee = priceCents / 5
        let deletedAt = deleted ? harness.clock.now() : nil
        return try await insert(
            """
            INSERT INTO bookings (
                tutor_profile_id, student_profile_id, subject_id, student_package_id, rescheduled_from_id, start_time,
                end_time, session_state, session_outcome, payment_state, dispute_state, hourly_rate_cents, price_cents,
                platform_fee_pct, platform_fee_cents, tutor_earnings_cents, pricing_snapshot, tutor_name, student_name,
                subject_name, notes_from_student, join_url, created_at, deleted_at
            )
            SELECT tp.id, sp.id, s.id, \(packageID), \(rescheduledFromID), \(start), \(start.addingTimeInterval(3_600)),
                   \(state.session.rawValue), \(state.outcome?.rawValue), \(state.payment.rawValue),
                   \(state.dispute.rawValue), \(priceCents), \(priceCents), 20, \(fee), \(priceCents - fee),
                   jsonb_build_object('hourlyRateCents', \(priceCents), 'feeTier', 'standard'), 'Tess Tutor',
                   'Sam Student', s.name, \(notes), 'https://meet.example.com/session', \(harness.clock.now()),
                   \(deletedAt)
            FROM tutor_profiles tp, student_profiles sp, subjects s
            WHERE tp.user_id = \(tutor.id) AND sp.user_id = \(student.id) AND s.slug = 'mathematics'
            RETURNING id
            """)
    }

    /// A line of a booking's history.
    @discardableResult
    func event(
        booking: Int64, type: String, version: Int, state: BookingState, actor: TestUser?, reason: String? = nil
    ) async throws -> Int64 {
        let role = actor?.role.rawValue ?? "system"
        return try await insert(
            """
            INSERT INTO booking_events (
                booking_id, event_type, booking_version, session_state, session_outcome, payment_state, dispute_state,
                actor_user_id, actor_role, reason
            ) VALUES (
                \(booking), \(type), \(version), \(state.session.rawValue), \(state.outcome?.rawValue),
                \(state.payment.rawValue), \(state.dispute.rawValue), \(actor?.id), \(role), \(reason)
            ) RETURNING id
            """)
    }

    /// A link shared for a session.
    @discardableResult
    func material(booking: Int64, uploader: TestUser, title: String = "Worksheet") async throws -> Int64 {
        try await insert(
            """
            INSERT INTO session_materials (booking_id, uploaded_by, kind, title, url)
            VALUES (\(booking), \(uploader.id), 'link', \(title), 'https://example.com/worksheet') RETURNING id
            """)
    }

    /// A Stripe payment for a booking (or a package), captured at `capturedAt` when given.
    @discardableResult
    func payment(
        payer: TestUser, booking: Int64? = nil, package: Int64? = nil, amountCents: Int, refundedCents: Int = 0,
        status: String = "CAPTURED", capturedAt: Date? = nil
    ) async throws -> Int64 {
        let captured = capturedAt ?? harness.clock.now()
        return try await insert(
            """
            INSERT INTO payments (
                payer_user_id, booking_id, student_package_id, amount_cents, refunded_cents, provider,
                provider_payment_id, status, authorized_at, captured_at
            ) VALUES (
                \(payer.id), \(booking), \(package), \(amountCents), \(refundedCents), 'stripe',
                \(UUID().uuidString), \(status), \(captured), \(captured)
            ) RETURNING id
            """)
    }

    /// A refund that succeeded at `at`.
    @discardableResult
    func refund(payment: Int64, booking: Int64?, amountCents: Int, at: Date? = nil) async throws -> Int64 {
        try await insert(
            """
            INSERT INTO refunds (payment_id, booking_id, amount_cents, reason, status, note, created_at)
            VALUES (\(payment), \(booking), \(amountCents), 'TUTOR_CANCEL', 'SUCCEEDED', 'Tutor was ill',
                    \(at ?? harness.clock.now()))
            RETURNING id
            """)
    }

    /// The student's review of a booking.
    @discardableResult
    func review(
        booking: Int64, rating: Int = 5, comment: String = "Great session", isPublic: Bool = true,
        deleted: Bool = false, createdAt: Date? = nil
    ) async throws -> Int64 {
        let deletedAt = deleted ? harness.clock.now() : nil
        return try await insert(
            """
            INSERT INTO reviews (booking_id, tutor_profile_id, student_profile_id, rating, comment, is_public,
                                 created_at, deleted_at)
            SELECT id, tutor_profile_id, student_profile_id, \(rating), \(comment), \(isPublic),
                   \(createdAt ?? harness.clock.now()), \(deletedAt)
            FROM bookings WHERE id = \(booking)
            RETURNING id
            """)
    }

    /// A package of `purchased` sessions of `student` with `tutor`, `used` of them spent.
    @discardableResult
    func package(
        student: TestUser, tutor: TestUser, purchased: Int = 5, used: Int = 0, status: String = "active",
        purchasedAt: Date? = nil
    ) async throws -> Int64 {
        let purchasedAt = purchasedAt ?? harness.clock.now()
        return try await insert(
            """
            INSERT INTO student_packages (
                student_profile_id, tutor_profile_id, sessions_purchased, sessions_used, sessions_remaining,
                price_paid_cents, purchased_at, expires_at, status
            )
            SELECT sp.id, tp.id, \(purchased), \(used), \(purchased - used), \(purchased * 4_500), \(purchasedAt),
                   \(purchasedAt.addingTimeInterval(90 * 86_400)), \(status)
            FROM student_profiles sp, tutor_profiles tp WHERE sp.user_id = \(student.id) AND tp.user_id = \(tutor.id)
            RETURNING id
            """)
    }

    /// A payout to `tutor` covering `bookings` (their full earnings), created at `createdAt`.
    @discardableResult
    func payout(tutor: TestUser, bookings: [Int64], periodStart: Date, createdAt: Date? = nil) async throws -> Int64 {
        let payout = try await insert(
            """
            INSERT INTO payouts (tutor_profile_id, period_start, period_end, amount_cents, status, created_at)
            SELECT tp.id, \(periodStart), \(periodStart.addingTimeInterval(7 * 86_400)),
                   (SELECT coalesce(sum(tutor_earnings_cents), 0) FROM bookings WHERE id = ANY(\(bookings))),
                   'PENDING', \(createdAt ?? harness.clock.now())
            FROM tutor_profiles tp WHERE tp.user_id = \(tutor.id)
            RETURNING id
            """)
        try await harness.client.query(
            """
            INSERT INTO payout_items (payout_id, booking_id, amount_cents)
            SELECT \(payout), id, tutor_earnings_cents FROM bookings WHERE id = ANY(\(bookings))
            """,
            logger: APITestHarness.logger)
        return payout
    }

    /// Runs an `INSERT … RETURNING id` and returns the ID.
    private func insert(_ statement: PostgresQuery) async throws -> Int64 {
        guard let id = try await harness.scalar(statement, as: Int64.self) else {
            throw FixtureError(statement: statement.sql)
        }
        return id
    }
}

/// An insert returned no row: a referenced user has no profile of the needed kind.
struct FixtureError: Error, CustomStringConvertible {
    let statement: String
    var description: String { "Fixture insert returned no row: \(statement)" }
}
