import Foundation
import PostgresNIO

/// The tutor's own lists that are soft-deleted on removal: what they sold or claimed stays on record.
enum TutorOwnedList: String {
    case pricingOptions = "tutor_pricing_options"
    case certifications = "tutor_certifications"
    case education = "tutor_education"
}

extension TutorRepository {
    /// Creates (`draft.id` nil, placed last) or updates one of the tutor's pricing options, priced in the
    /// profile's currency, in one transaction.
    ///
    /// Throws `TutorWriteError.noTutorProfile` or `.itemNotFound` when the option is not the tutor's.
    public func savePricingOption(userID: Int64, _ draft: PricingOptionDraft) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            let saved: [PostgresRow]
            if let id = draft.id {
                saved = try await transaction.query(
                    """
                    UPDATE tutor_pricing_options SET
                        title = \(draft.title), description = \(draft.description), pricing_type = \(draft.pricingType),
                        duration_minutes = \(draft.durationMinutes), price_cents = \(draft.priceCents),
                        currency = \(profile.currency), sessions_included = \(draft.sessionsIncluded),
                        validity_days = \(draft.validityDays)
                    WHERE id = \(id) AND tutor_profile_id = \(profile.id) AND deleted_at IS NULL
                    RETURNING id
                    """
                )
            } else {
                saved = try await transaction.query(
                    """
                    INSERT INTO tutor_pricing_options (tutor_profile_id, title, description, pricing_type, duration_minutes,
                                                       price_cents, currency, sessions_included, validity_days, sort_order)
                    SELECT \(profile.id), \(draft.title), \(draft.description), \(draft.pricingType),
                           \(draft.durationMinutes), \(draft.priceCents), \(profile.currency), \(draft.sessionsIncluded),
                           \(draft.validityDays), coalesce(max(sort_order) + 1, 0)
                    FROM tutor_pricing_options WHERE tutor_profile_id = \(profile.id)
                    RETURNING id
                    """
                )
            }
            guard !saved.isEmpty else { throw TutorWriteError.itemNotFound }
            return profile
        }
    }

    /// Adds a certification (pending verification), in one transaction.
    public func addCertification(userID: Int64, _ certification: NewCertification) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            try await transaction.query(
                """
                INSERT INTO tutor_certifications (tutor_profile_id, name, issuing_organization, issued_on, expires_on,
                                                  credential_url)
                VALUES (\(profile.id), \(certification.name), \(certification.issuingOrganization),
                        \(certification.issuedOn)::date, \(certification.expiresOn)::date, \(certification.credentialURL))
                """
            )
            return profile
        }
    }

    /// Adds an education entry (pending verification), in one transaction.
    public func addEducation(userID: Int64, _ education: NewEducation) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            try await transaction.query(
                """
                INSERT INTO tutor_education (tutor_profile_id, institution, degree, field_of_study, start_year, end_year)
                VALUES (\(profile.id), \(education.institution), \(education.degree), \(education.fieldOfStudy),
                        \(education.startYear)::int2, \(education.endYear)::int2)
                """
            )
            return profile
        }
    }

    /// Withdraws a pricing option (bookings keep their snapshot), in one transaction.
    public func removePricingOption(userID: Int64, optionID: Int64, now: Date) async throws -> TutorProfileRow {
        try await softDelete(from: .pricingOptions, id: optionID, userID: userID, now: now)
    }

    /// Removes a certification, in one transaction.
    public func removeCertification(userID: Int64, certificationID: Int64, now: Date) async throws -> TutorProfileRow {
        try await softDelete(from: .certifications, id: certificationID, userID: userID, now: now)
    }

    /// Removes an education entry, in one transaction.
    public func removeEducation(userID: Int64, educationID: Int64, now: Date) async throws -> TutorProfileRow {
        try await softDelete(from: .education, id: educationID, userID: userID, now: now)
    }

    /// Soft-deletes one row of the tutor's `list`; throws `TutorWriteError.itemNotFound` when it is not theirs
    /// or already removed. Pricing options are also switched off, so no listing ever offers them again.
    private func softDelete(from list: TutorOwnedList, id: Int64, userID: Int64, now: Date) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let profile = try await Self.lockProfile(userID: userID, in: transaction)
            let deactivate = list == .pricingOptions ? ", is_active = false" : ""
            let removed = try await transaction.query(
                """
                UPDATE \(unescaped: list.rawValue) SET deleted_at = \(now), deleted_by = \(userID)\(unescaped: deactivate)
                WHERE id = \(id) AND tutor_profile_id = \(profile.id) AND deleted_at IS NULL
                RETURNING id
                """
            )
            guard !removed.isEmpty else { throw TutorWriteError.itemNotFound }
            return profile
        }
    }
}
