-- Reviews and administration: one review per booking, the audit trail, user reports, and sign-in attempts
-- for throttling.

CREATE TABLE reviews (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id bigint NOT NULL UNIQUE REFERENCES bookings (id),
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id),
    student_profile_id bigint NOT NULL REFERENCES student_profiles (id),
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    is_public boolean NOT NULL DEFAULT true,
    tutor_response text CHECK (length(tutor_response) <= 2000),
    tutor_responded_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    CHECK ((tutor_response IS NULL) = (tutor_responded_at IS NULL))
);
CREATE INDEX reviews_tutor_idx ON reviews (tutor_profile_id, created_at DESC, id DESC)
    WHERE deleted_at IS NULL AND is_public;
CREATE INDEX reviews_student_idx ON reviews (student_profile_id) WHERE deleted_at IS NULL;
CREATE TRIGGER reviews_touch BEFORE UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Who changed what: the row before and after, by table and record id.
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL CHECK (table_name ~ '^[a-z_]+$'),
    record_id bigint NOT NULL,
    action text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'SOFT_DELETE', 'RESTORE')),
    old_values jsonb,
    new_values jsonb,
    actor_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    request_id text CHECK (length(request_id) <= 128),
    ip_address inet,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (action = 'INSERT' OR old_values IS NOT NULL),
    CHECK (action = 'DELETE' OR new_values IS NOT NULL)
);
CREATE INDEX audit_log_record_idx ON audit_log (table_name, record_id, created_at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, created_at DESC) WHERE actor_user_id IS NOT NULL;
CREATE TRIGGER audit_log_touch BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A user's complaint about another user or their content, worked through by admins.
CREATE TABLE reports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reporter_user_id bigint NOT NULL REFERENCES users (id),
    target_type text NOT NULL CHECK (target_type IN ('user', 'tutor_profile', 'review', 'message', 'booking')),
    target_id bigint NOT NULL,
    reason text NOT NULL CHECK (reason IN ('spam', 'harassment', 'inappropriate_content', 'fraud', 'no_show', 'other')),
    details text NOT NULL DEFAULT '' CHECK (length(details) <= 2000),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'investigating', 'resolved', 'dismissed')),
    resolved_by bigint REFERENCES users (id),
    resolved_at timestamptz,
    resolution_note text CHECK (length(resolution_note) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status IN ('resolved', 'dismissed')) = (resolved_at IS NOT NULL))
);
CREATE INDEX reports_open_idx ON reports (status, created_at) WHERE status IN ('open', 'investigating');
CREATE INDEX reports_target_idx ON reports (target_type, target_id);
CREATE TRIGGER reports_touch BEFORE UPDATE ON reports
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Recent sign-in attempts by address and client IP, read to slow down password guessing.
CREATE TABLE login_attempts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL CHECK (length(email) <= 320),
    ip_address inet,
    succeeded boolean NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_email_idx ON login_attempts (lower(email), created_at DESC);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip_address, created_at DESC);
CREATE TRIGGER login_attempts_touch BEFORE UPDATE ON login_attempts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
