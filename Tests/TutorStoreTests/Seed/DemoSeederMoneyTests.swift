import Foundation
import PostgresNIO
import Testing
import TutorStore

/// Prices, payments, refunds, payouts and packages add up.
@Suite struct DemoSeederMoneyTests {
    @Test func pricesUseTheFeeTiers() async throws {
        try await SeededDatabase.reading { database, _ in
            let tiers = try await database.strings(
                "SELECT DISTINCT platform_fee_pct::int::text FROM bookings ORDER BY 1"
            )
            #expect(tiers == ["10", "15", "20"])
            let wrongFees = try await database.integer(
                """
                SELECT count(*) FROM bookings
                WHERE platform_fee_cents <> round(price_cents * platform_fee_pct / 100)
                   OR tutor_earnings_cents + platform_fee_cents <> price_cents
                """
            )
            #expect(wrongFees == 0)
        }
    }

    @Test func paymentsMirrorBookingsAndRefundsNeverExceedThem() async throws {
        try await SeededDatabase.reading { database, _ in
            let statuses = try await database.strings("SELECT DISTINCT status FROM payments ORDER BY 1")
            #expect(statuses == ["AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED", "PENDING", "REFUNDED", "VOIDED"])
            let mismatched = try await database.integer(
                """
                SELECT count(*) FROM payments p JOIN bookings b ON b.id = p.booking_id
                WHERE p.status <> b.payment_state OR p.amount_cents <> b.price_cents
                """
            )
            #expect(mismatched == 0)
            let unpaid = try await database.integer(
                """
                SELECT count(*) FROM bookings b WHERE b.student_package_id IS NULL
                AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id)
                """
            )
            #expect(unpaid == 0)
            let badRefunds = try await database.integer(
                """
                SELECT count(*) FROM payments p
                LEFT JOIN (SELECT payment_id, sum(amount_cents) AS total FROM refunds GROUP BY payment_id) r
                    ON r.payment_id = p.id
                WHERE coalesce(r.total, 0) <> p.refunded_cents OR p.refunded_cents > p.amount_cents
                   OR (p.status = 'REFUNDED') <> (p.refunded_cents = p.amount_cents AND p.refunded_cents > 0)
                   OR (p.status = 'PARTIALLY_REFUNDED') <> (p.refunded_cents > 0 AND p.refunded_cents < p.amount_cents)
                """
            )
            #expect(badRefunds == 0)
        }
    }

    @Test func payoutsCoverCapturedBookingsOnce() async throws {
        try await SeededDatabase.reading { database, _ in
            #expect(try await database.integer("SELECT count(*) FROM payouts") > 0)
            let statuses = try await database.strings("SELECT DISTINCT status FROM payouts ORDER BY 1")
            #expect(statuses.contains("PAID"))
            let wrongTotals = try await database.integer(
                """
                SELECT count(*) FROM payouts p
                WHERE amount_cents <> (SELECT sum(amount_cents) FROM payout_items i WHERE i.payout_id = p.id)
                """
            )
            #expect(wrongTotals == 0)
            let wrongItems = try await database.integer(
                """
                SELECT count(*) FROM payout_items i JOIN bookings b ON b.id = i.booking_id
                JOIN payouts p ON p.id = i.payout_id
                WHERE b.payment_state <> 'CAPTURED' OR i.amount_cents <> b.tutor_earnings_cents
                   OR p.tutor_profile_id <> b.tutor_profile_id
                """
            )
            #expect(wrongItems == 0)
        }
    }

    @Test func packageSessionsAddUp() async throws {
        try await SeededDatabase.reading { database, _ in
            let statuses = try await database.strings("SELECT DISTINCT status FROM student_packages ORDER BY 1")
            #expect(statuses == ["active", "exhausted", "expired"])
            let now = SeededDatabase.now
            let inconsistent = try await database.integer(
                """
                SELECT count(*) FROM student_packages p
                WHERE sessions_used <> (
                        SELECT count(*) FROM bookings b WHERE b.student_package_id = p.id
                        AND b.payment_state IN ('PENDING', 'AUTHORIZED', 'CAPTURED'))
                   OR (status = 'exhausted') <> (sessions_remaining = 0)
                   OR (status = 'expired') <> (sessions_remaining > 0 AND expires_at < \(now))
                   OR EXISTS (SELECT 1 FROM bookings b WHERE b.student_package_id = p.id
                              AND (b.student_profile_id <> p.student_profile_id OR b.tutor_profile_id <> p.tutor_profile_id
                                   OR b.created_at < p.purchased_at OR b.start_time >= p.expires_at))
                """
            )
            #expect(inconsistent == 0)
        }
    }
}
