-- Bookings: the four-field state machine (DESIGN.md §5), its event history, shared materials and
-- reschedule proposals. A tutor can never be double-booked: the exclusion constraint forbids overlapping
-- live bookings.

-- The four state fields are domains so bookings and booking_events share one list of allowed values.
CREATE DOMAIN booking_session_state AS text
    CHECK (VALUE IN ('REQUESTED', 'SCHEDULED', 'ACTIVE', 'ENDED', 'CANCELLED', 'EXPIRED'));
CREATE DOMAIN booking_session_outcome AS text
    CHECK (VALUE IN ('COMPLETED', 'NOT_HELD', 'NO_SHOW_STUDENT', 'NO_SHOW_TUTOR'));
CREATE DOMAIN booking_payment_state AS text
    CHECK (VALUE IN ('PENDING', 'AUTHORIZED', 'CAPTURED', 'VOIDED', 'REFUNDED', 'PARTIALLY_REFUNDED'));
CREATE DOMAIN booking_dispute_state AS text
    CHECK (VALUE IN ('NONE', 'OPEN', 'RESOLVED_UPHELD', 'RESOLVED_REFUNDED'));

CREATE TABLE bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id),
    student_profile_id bigint NOT NULL REFERENCES student_profiles (id),
    subject_id bigint REFERENCES subjects (id),
    pricing_option_id bigint REFERENCES tutor_pricing_options (id),
    student_package_id bigint REFERENCES student_packages (id),
    rescheduled_from_id bigint REFERENCES bookings (id),
    start_time timestamptz NOT NULL,
    end_time timestamptz NOT NULL,
    student_timezone text NOT NULL DEFAULT 'UTC' CHECK (length(student_timezone) BETWEEN 1 AND 64),
    tutor_timezone text NOT NULL DEFAULT 'UTC' CHECK (length(tutor_timezone) BETWEEN 1 AND 64),

    session_state booking_session_state NOT NULL DEFAULT 'REQUESTED',
    session_outcome booking_session_outcome,
    payment_state booking_payment_state NOT NULL DEFAULT 'PENDING',
    dispute_state booking_dispute_state NOT NULL DEFAULT 'NONE',
    confirmed_at timestamptz,
    started_at timestamptz,
    ended_at timestamptz,

    cancelled_at timestamptz,
    cancelled_by bigint REFERENCES users (id),
    cancelled_by_role text CHECK (cancelled_by_role IN ('student', 'tutor', 'admin', 'system')),
    cancellation_reason text CHECK (length(cancellation_reason) <= 1000),

    dispute_reason text CHECK (length(dispute_reason) <= 2000),
    dispute_opened_at timestamptz,
    dispute_opened_by bigint REFERENCES users (id),
    dispute_resolved_at timestamptz,
    dispute_resolved_by bigint REFERENCES users (id),
    dispute_resolution_note text CHECK (length(dispute_resolution_note) <= 2000),

    -- Pricing snapshot taken at booking time so later rate changes never alter a booking.
    hourly_rate_cents bigint NOT NULL CHECK (hourly_rate_cents >= 0),
    price_cents bigint NOT NULL CHECK (price_cents >= 0),
    platform_fee_pct numeric(5, 2) NOT NULL CHECK (platform_fee_pct BETWEEN 0 AND 100),
    platform_fee_cents bigint NOT NULL CHECK (platform_fee_cents >= 0),
    tutor_earnings_cents bigint NOT NULL CHECK (tutor_earnings_cents >= 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    pricing_snapshot jsonb NOT NULL DEFAULT '{}'::jsonb,

    -- Names as they were when booked, so history reads right after a rename or account deletion.
    tutor_name text NOT NULL CHECK (length(tutor_name) <= 200),
    student_name text NOT NULL CHECK (length(student_name) <= 200),
    subject_name text CHECK (length(subject_name) <= 100),

    notes_from_student text NOT NULL DEFAULT '' CHECK (length(notes_from_student) <= 2000),
    join_url text CHECK (length(join_url) <= 2048),
    -- Optimistic locking: every transition checks and bumps it.
    version integer NOT NULL DEFAULT 1 CHECK (version >= 1),

    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),

    CHECK (start_time < end_time),
    CHECK (tutor_earnings_cents + platform_fee_cents = price_cents),
    -- The outcome is set exactly when the session reaches a terminal state.
    CHECK ((session_outcome IS NOT NULL) = (session_state IN ('ENDED', 'CANCELLED', 'EXPIRED'))),
    -- Disputes are only opened on sessions that are over.
    CHECK (dispute_state = 'NONE' OR session_state IN ('ENDED', 'CANCELLED', 'EXPIRED')),
    CHECK (cancelled_at IS NULL OR session_state = 'CANCELLED'),
    CONSTRAINT bookings_no_tutor_overlap EXCLUDE USING gist (
        tutor_profile_id WITH =,
        tstzrange(start_time, end_time, '[)') WITH &&
    ) WHERE (session_state IN ('REQUESTED', 'SCHEDULED', 'ACTIVE'))
);
CREATE INDEX bookings_tutor_start_idx ON bookings (tutor_profile_id, start_time) WHERE deleted_at IS NULL;
CREATE INDEX bookings_student_start_idx ON bookings (student_profile_id, start_time) WHERE deleted_at IS NULL;
-- The expiry job scans requests older than 24 h.
CREATE INDEX bookings_requested_idx ON bookings (created_at) WHERE session_state = 'REQUESTED';
-- Reminder and start jobs scan upcoming scheduled sessions.
CREATE INDEX bookings_scheduled_idx ON bookings (start_time) WHERE session_state = 'SCHEDULED';
CREATE INDEX bookings_open_disputes_idx ON bookings (dispute_opened_at) WHERE dispute_state = 'OPEN';
CREATE INDEX bookings_package_idx ON bookings (student_package_id) WHERE student_package_id IS NOT NULL;
CREATE TRIGGER bookings_touch BEFORE UPDATE ON bookings
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One row per state change: the four fields as they became, who caused it, and the booking version it produced.
CREATE TABLE booking_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id bigint NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    event_type text NOT NULL CHECK (event_type IN (
        'REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'STARTED', 'ENDED', 'RESCHEDULED',
        'PAYMENT_AUTHORIZED', 'PAYMENT_CAPTURED', 'PAYMENT_VOIDED', 'PAYMENT_REFUNDED',
        'DISPUTE_OPENED', 'DISPUTE_RESOLVED'
    )),
    booking_version integer NOT NULL CHECK (booking_version >= 1),
    session_state booking_session_state NOT NULL,
    session_outcome booking_session_outcome,
    payment_state booking_payment_state NOT NULL,
    dispute_state booking_dispute_state NOT NULL,
    actor_user_id bigint REFERENCES users (id),
    actor_role text NOT NULL CHECK (actor_role IN ('student', 'tutor', 'admin', 'owner', 'system')),
    reason text CHECK (length(reason) <= 2000),
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- A version is produced by exactly one transition, so a replayed transition cannot log twice.
    UNIQUE (booking_id, booking_version),
    CHECK (actor_user_id IS NOT NULL OR actor_role = 'system')
);
CREATE TRIGGER booking_events_touch BEFORE UPDATE ON booking_events
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Files, links and notes shared for one session (at most 50 MB per file).
CREATE TABLE session_materials (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id bigint NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    uploaded_by bigint NOT NULL REFERENCES users (id),
    kind text NOT NULL CHECK (kind IN ('file', 'link', 'note')),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    url text CHECK (length(url) <= 2048),
    storage_key text CHECK (length(storage_key) <= 1024),
    mime_type text CHECK (mime_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
    size_bytes bigint CHECK (size_bytes BETWEEN 0 AND 52428800),
    body text CHECK (length(body) <= 20000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    CHECK (
        (kind = 'file' AND storage_key IS NOT NULL AND mime_type IS NOT NULL AND size_bytes IS NOT NULL)
        OR (kind = 'link' AND url IS NOT NULL)
        OR (kind = 'note' AND body IS NOT NULL)
    )
);
CREATE INDEX session_materials_booking_idx ON session_materials (booking_id, created_at) WHERE deleted_at IS NULL;
CREATE TRIGGER session_materials_touch BEFORE UPDATE ON session_materials
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A proposal to move a scheduled booking; at most one is pending per booking.
CREATE TABLE booking_reschedule_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id bigint NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    requested_by bigint NOT NULL REFERENCES users (id),
    proposed_start_time timestamptz NOT NULL,
    proposed_end_time timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn', 'expired')),
    responded_at timestamptz,
    message text NOT NULL DEFAULT '' CHECK (length(message) <= 1000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (proposed_start_time < proposed_end_time),
    CHECK ((status IN ('accepted', 'declined')) = (responded_at IS NOT NULL))
);
CREATE UNIQUE INDEX booking_reschedule_requests_one_pending_key ON booking_reschedule_requests (booking_id)
    WHERE status = 'pending';
CREATE TRIGGER booking_reschedule_requests_touch BEFORE UPDATE ON booking_reschedule_requests
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
