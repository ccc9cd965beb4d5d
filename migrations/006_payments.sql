-- Payments: charges, refunds, tutor payouts (a booking is paid out at most once), the wallet ledger,
-- idempotency keys for retried mutations, and provider webhook de-duplication.

CREATE TABLE payments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payer_user_id bigint NOT NULL REFERENCES users (id),
    booking_id bigint REFERENCES bookings (id),
    student_package_id bigint REFERENCES student_packages (id),
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    refunded_cents bigint NOT NULL DEFAULT 0,
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    provider text NOT NULL CHECK (provider IN ('stripe', 'wallet', 'manual')),
    provider_payment_id text,
    status text NOT NULL DEFAULT 'PENDING' CHECK (status IN (
        'PENDING', 'AUTHORIZED', 'CAPTURED', 'VOIDED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'FAILED'
    )),
    failure_reason text CHECK (length(failure_reason) <= 1000),
    authorized_at timestamptz,
    captured_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (refunded_cents BETWEEN 0 AND amount_cents),
    -- A payment always pays for something: one booking or one package.
    CHECK (num_nonnulls(booking_id, student_package_id) = 1),
    UNIQUE (provider, provider_payment_id)
);
CREATE INDEX payments_booking_idx ON payments (booking_id) WHERE booking_id IS NOT NULL;
CREATE INDEX payments_package_idx ON payments (student_package_id) WHERE student_package_id IS NOT NULL;
CREATE INDEX payments_payer_idx ON payments (payer_user_id, created_at DESC);
CREATE TRIGGER payments_touch BEFORE UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE refunds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id bigint NOT NULL REFERENCES payments (id),
    booking_id bigint REFERENCES bookings (id),
    amount_cents bigint NOT NULL CHECK (amount_cents > 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    reason text NOT NULL CHECK (reason IN ('STUDENT_CANCEL', 'TUTOR_CANCEL', 'NO_SHOW_TUTOR', 'GOODWILL', 'OTHER')),
    status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    provider_refund_id text UNIQUE,
    note text CHECK (length(note) <= 1000),
    created_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id);
CREATE INDEX refunds_booking_idx ON refunds (booking_id) WHERE booking_id IS NOT NULL;
CREATE TRIGGER refunds_touch BEFORE UPDATE ON refunds
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One transfer of earnings to a tutor for one period.
CREATE TABLE payouts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id),
    period_start timestamptz NOT NULL,
    period_end timestamptz NOT NULL,
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUBMITTED', 'PAID', 'FAILED')),
    provider_payout_id text UNIQUE,
    submitted_at timestamptz,
    paid_at timestamptz,
    failure_reason text CHECK (length(failure_reason) <= 1000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (period_start < period_end),
    CHECK (paid_at IS NULL OR status = 'PAID'),
    UNIQUE (tutor_profile_id, period_start, period_end)
);
CREATE INDEX payouts_status_idx ON payouts (status, created_at) WHERE status IN ('PENDING', 'SUBMITTED');
CREATE TRIGGER payouts_touch BEFORE UPDATE ON payouts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- The bookings a payout covers; the unique booking_id means a booking is never paid out twice.
CREATE TABLE payout_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payout_id bigint NOT NULL REFERENCES payouts (id) ON DELETE CASCADE,
    booking_id bigint NOT NULL UNIQUE REFERENCES bookings (id),
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payout_items_payout_idx ON payout_items (payout_id);
CREATE TRIGGER payout_items_touch BEFORE UPDATE ON payout_items
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Append-only ledger of every movement of a user's money; amounts are signed, the balance never negative.
CREATE TABLE wallet_transactions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    type text NOT NULL CHECK (type IN (
        'CREDIT_PURCHASE', 'BOOKING_CHARGE', 'REFUND', 'PACKAGE_CREDIT', 'EARNING', 'PLATFORM_FEE', 'PAYOUT',
        'ADJUSTMENT'
    )),
    amount_cents bigint NOT NULL CHECK (amount_cents <> 0),
    balance_after_cents bigint NOT NULL CHECK (balance_after_cents >= 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    booking_id bigint REFERENCES bookings (id),
    payment_id bigint REFERENCES payments (id),
    refund_id bigint REFERENCES refunds (id),
    payout_id bigint REFERENCES payouts (id),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wallet_transactions_user_idx ON wallet_transactions (user_id, created_at DESC, id DESC);
CREATE INDEX wallet_transactions_booking_idx ON wallet_transactions (booking_id) WHERE booking_id IS NOT NULL;
CREATE TRIGGER wallet_transactions_touch BEFORE UPDATE ON wallet_transactions
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A retried mutation with the same key replays the stored response instead of running twice; a different
-- request under the same key is detected by its SHA-256 request hash.
CREATE TABLE idempotency_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    operation text NOT NULL CHECK (length(operation) BETWEEN 1 AND 100),
    request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
    response jsonb,
    expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'completed') = (response IS NOT NULL)),
    UNIQUE NULLS NOT DISTINCT (user_id, operation, key)
);
CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at);
CREATE TRIGGER idempotency_keys_touch BEFORE UPDATE ON idempotency_keys
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Payment provider webhooks arrive at least once; the unique event id makes processing them idempotent.
CREATE TABLE provider_webhook_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider text NOT NULL CHECK (provider IN ('stripe')),
    event_id text NOT NULL CHECK (length(event_id) BETWEEN 1 AND 255),
    event_type text NOT NULL CHECK (length(event_type) BETWEEN 1 AND 255),
    payload jsonb NOT NULL,
    status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed', 'failed', 'ignored')),
    processed_at timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, event_id)
);
CREATE INDEX provider_webhook_events_unprocessed_idx ON provider_webhook_events (created_at) WHERE status = 'received';
CREATE TRIGGER provider_webhook_events_touch BEFORE UPDATE ON provider_webhook_events
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
