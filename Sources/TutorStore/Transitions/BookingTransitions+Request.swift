import Foundation
import PostgresNIO
import TutorDomain

extension BookingTransitions {
    /// Books a session for a student at `now`. One transaction.
    ///
    /// The tutor must be approved and teach the subject; the time must lie in one of their availability windows
    /// and outside their blackouts; the exclusion constraint refuses an overlap with another live booking
    /// (`slotTaken`), so of many students racing for one slot exactly one gets it. The price is snapshot in cents
    /// with the fee tier the tutor's lifetime earnings put them in. A package credit is taken in the same
    /// transaction (never below zero); otherwise a payment is opened, authorized at once when the tutor
    /// auto-confirms (SCHEDULED + AUTHORIZED). Throws `BookingWriteError` (nothing changed) or a database error.
    public func requestBooking(_ request: BookingRequest, now: Date) async throws -> TransitionOutcome {
        try await database.withTransaction { transaction in
            let student = try await RequestingStudent.load(userID: request.studentUserID, in: transaction)
            let tutor = try await BookedTutor.load(profileID: request.tutorProfileID, in: transaction)
            let subjectName = try await tutor.subjectName(request.subjectID, in: transaction)
            try await BookingSlot.check(
                tutorProfileID: tutor.profileID, start: request.startTime, end: request.endTime, now: now,
                in: transaction)
            let quote = try await BookingQuote.quote(request, student: student, tutor: tutor, now: now, in: transaction)
            let split = PlatformFeePolicy.breakdown(
                rateCents: quote.price.cents, lifetimeEarningsCents: tutor.lifetimeEarningsCents)
            let state = initialBookingState(autoConfirm: tutor.autoConfirm)
            let snapshot = PricingSnapshot(
                source: quote.source, durationMinutes: request.durationMinutes,
                feeBasisPoints: split.platformFeeBasisPoints, tutorLifetimeEarningsCents: tutor.lifetimeEarningsCents)
            let bookingID = try await insertBooking(
                request, student: student, tutor: tutor, subjectName: subjectName, quote: quote, split: split,
                snapshot: snapshot, state: state, now: now, in: transaction)
            if request.packageID == nil {
                try await PaymentLedger(transaction: transaction, provider: provider).open(
                    bookingID: bookingID, payerUserID: student.userID, amount: quote.price, state: state.payment,
                    now: now)
            }
            try await BookingEventLog.append(
                bookingID: bookingID, type: "REQUESTED", version: 1, state: state,
                actor: .user(id: student.userID, role: .student), actorRole: "student", reason: nil, at: now,
                in: transaction)
            let participants = BookingParticipants(
                bookingID: bookingID, tutorProfileID: tutor.profileID, studentUserID: student.userID,
                tutorUserID: tutor.userID, studentName: student.name, tutorName: tutor.name, subjectName: subjectName,
                startTime: request.startTime)
            try await BookingNotices.enqueue(
                type: tutor.autoConfirm ? "BOOKING_CONFIRMED" : "BOOKING_REQUESTED",
                title: tutor.autoConfirm ? "Booking confirmed" : "Booking requested", about: participants,
                refreshTutor: false, at: now, in: transaction)
            return TransitionOutcome(bookingID: bookingID, state: state, version: 1, changed: true)
        }
    }

    /// Inserts the booking row with its price and name snapshots; a double booking becomes `slotTaken`.
    private func insertBooking(
        _ request: BookingRequest, student: RequestingStudent, tutor: BookedTutor, subjectName: String,
        quote: BookingQuote, split: PriceBreakdown, snapshot: PricingSnapshot, state: BookingState, now: Date,
        in transaction: Transaction
    ) async throws -> Int64 {
        let snapshotJSON = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        let confirmedAt: Date? = state.session == .scheduled ? now : nil
        do {
            let rows = try await transaction.query(
                """
                INSERT INTO bookings (
                    tutor_profile_id, student_profile_id, subject_id, pricing_option_id, student_package_id,
                    start_time, end_time, student_timezone, tutor_timezone, session_state, payment_state, confirmed_at,
                    hourly_rate_cents, price_cents, platform_fee_pct, platform_fee_cents, tutor_earnings_cents,
                    currency, pricing_snapshot, tutor_name, student_name, subject_name, notes_from_student, created_at
                ) VALUES (
                    \(tutor.profileID), \(student.profileID), \(request.subjectID), \(quote.pricingOptionID),
                    \(request.packageID), \(request.startTime), \(request.endTime), \(student.timezone),
                    \(tutor.timezone), \(state.session.rawValue), \(state.payment.rawValue), \(confirmedAt),
                    \(tutor.hourlyRateCents), \(quote.price.cents), \(split.platformFeeBasisPoints)::numeric / 100,
                    \(split.platformFeeCents), \(split.tutorEarningsCents), \(quote.price.currency),
                    \(snapshotJSON)::jsonb, \(tutor.name), \(student.name), \(subjectName), \(request.notes), \(now)
                )
                RETURNING id
                """
            )
            return try returnedRow(rows, of: "INSERT INTO bookings").decode(Int64.self)
        } catch {
            throw BookingWriteError.from(error) ?? error
        }
    }
}

/// `bookings.pricing_snapshot`: how the price was arrived at, kept with the booking for support and audits.
struct PricingSnapshot: Codable {
    let source: String
    let durationMinutes: Int
    let feeBasisPoints: Int
    let tutorLifetimeEarningsCents: Int
}
