import PostgresNIO

/// How a tutor search orders its results.
public enum TutorSearchOrder: String, Sendable, Hashable, CaseIterable {
    /// Best text match first (`ts_rank_cd`); by rating when there is no search text.
    case relevance
    /// Highest average rating first.
    case rating
    /// Lowest hourly rate first.
    case price
    /// Most recently created first.
    case newest

    /// The `float8` sort key (exact in a double) and whether it runs largest first, for SQL chosen by code.
    func sortKey(hasSearchText: Bool) -> (sql: String, descending: Bool) {
        switch self {
        case .relevance where hasSearchText: ("ts_rank_cd(tp.search_vector, query)::float8", true)
        case .relevance, .rating: ("tp.average_rating::float8", true)
        case .price: ("tp.hourly_rate_cents::float8", false)
        case .newest: ("(extract(epoch FROM tp.created_at) * 1000000)::float8", true)
        }
    }
}

extension TutorRepository {
    /// One page of the tutors matching `filter`, in `order`, starting after `position` in the page's direction.
    ///
    /// Returns up to `page.fetchLimit` rows in the direction of travel, each with its rank and sort key.
    public func search(
        _ filter: TutorSearchFilter, order: TutorSearchOrder, page: KeysetPage, after position: TutorListingPosition?
    ) async throws -> [TutorListingRow] {
        let key = order.sortKey(hasSearchText: filter.search != nil)
        let walk = TutorListingWalk(descending: key.descending, page: page)
        // The shown rank goes through numeric, which keeps float4's six significant digits (0.1, not
        // 0.10000000149011612); the sort key keeps the exact float8 widening so cursors compare exactly.
        return try await database.query(
            """
            SELECT * FROM (
                SELECT \(unescaped: TutorProfileRow.columns),
                       ts_rank_cd(tp.search_vector, query)::numeric::float8 AS rank, \(unescaped: key.sql) AS sort_key
                \(tutorsMatching: filter)
            ) hits
            WHERE \(position?.sortKey)::float8 IS NULL
               OR (hits.sort_key, hits.id) \(unescaped: walk.comparison) (\(position?.sortKey), \(position?.tutorID))
            ORDER BY hits.sort_key \(unescaped: walk.sqlDirection), hits.id \(unescaped: walk.sqlDirection)
            LIMIT \(page.fetchLimit)
            """
        ).map(Self.listing)
    }

    /// How many tutors match `filter` in all.
    public func count(_ filter: TutorSearchFilter) async throws -> Int {
        let rows = try await database.query("SELECT count(*)::int8 \(tutorsMatching: filter)")
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// One page of the profiles waiting for approval, oldest submission first (deleted ones left out).
    public func pendingApproval(page: KeysetPage, after position: TutorListingPosition?) async throws -> [TutorListingRow] {
        let walk = TutorListingWalk(descending: false, page: page)
        return try await database.query(
            """
            SELECT * FROM (
                SELECT \(unescaped: TutorProfileRow.columns), NULL::float8 AS rank,
                       (extract(epoch FROM request.submitted_at) * 1000000)::float8 AS sort_key
                FROM tutor_profiles tp
                JOIN tutor_approval_requests request ON request.tutor_profile_id = tp.id AND request.status = 'pending'
                WHERE tp.profile_status = 'pending_approval' AND tp.deleted_at IS NULL
            ) pending
            WHERE \(position?.sortKey)::float8 IS NULL
               OR (pending.sort_key, pending.id) \(unescaped: walk.comparison) (\(position?.sortKey), \(position?.tutorID))
            ORDER BY pending.sort_key \(unescaped: walk.sqlDirection), pending.id \(unescaped: walk.sqlDirection)
            LIMIT \(page.fetchLimit)
            """
        ).map(Self.listing)
    }

    /// How many profiles wait for approval.
    public func pendingApprovalCount() async throws -> Int {
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM tutor_profiles tp
            WHERE tp.profile_status = 'pending_approval' AND tp.deleted_at IS NULL
              AND EXISTS (SELECT 1 FROM tutor_approval_requests r WHERE r.tutor_profile_id = tp.id AND r.status = 'pending')
            """
        )
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// Decodes a listing selected as the profile columns followed by `rank` and `sort_key`.
    static func listing(_ row: PostgresRow) throws -> TutorListingRow {
        let cells = row.makeRandomAccess()
        return TutorListingRow(
            tutor: try TutorProfileRow(decoding: row),
            rank: try cells["rank"].decode(Double?.self),
            sortKey: try cells["sort_key"].decode(Double.self))
    }
}
