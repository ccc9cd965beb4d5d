import PostgresNIO

/// Reads of payments and refunds, batched for DataLoaders.
public struct PaymentRepository: Sendable {
    let database: Database

    /// Batch: payments by ID.
    public func payments(ids: [Int64]) async throws -> [Int64: PaymentRow] {
        try await database.batchKeyed(
            "SELECT \(unescaped: PaymentRow.columns) FROM payments p \(unescaped: PaymentRow.joins) WHERE p.id = ANY(\(ids))",
            decode: PaymentRow.init(decoding:), key: \.id)
    }

    /// Batch: every booking's payments, oldest first.
    public func payments(forBookingIDs ids: [Int64]) async throws -> [Int64: [PaymentRow]] {
        try await database.batchGrouped(
            """
            SELECT \(unescaped: PaymentRow.columns) FROM payments p \(unescaped: PaymentRow.joins)
            WHERE p.booking_id = ANY(\(ids))
            ORDER BY p.created_at, p.id
            """,
            parents: ids, decode: PaymentRow.init(decoding:), parent: \.bookingID)
    }

    /// Batch: refunds by ID.
    public func refunds(ids: [Int64]) async throws -> [Int64: RefundRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: RefundRow.columns)
            FROM refunds r JOIN payments p ON p.id = r.payment_id \(unescaped: PaymentRow.joins)
            WHERE r.id = ANY(\(ids))
            """,
            decode: RefundRow.init(decoding:), key: \.id)
    }

    /// Batch: every payment's refunds, oldest first.
    public func refunds(forPaymentIDs ids: [Int64]) async throws -> [Int64: [RefundRow]] {
        try await database.batchGrouped(
            """
            SELECT \(unescaped: RefundRow.columns)
            FROM refunds r JOIN payments p ON p.id = r.payment_id \(unescaped: PaymentRow.joins)
            WHERE r.payment_id = ANY(\(ids))
            ORDER BY r.created_at, r.id
            """,
            parents: ids, decode: RefundRow.init(decoding:), parent: \.paymentID)
    }
}

extension Store {
    /// Payments and refunds.
    public var payments: PaymentRepository { PaymentRepository(database: database) }
}
