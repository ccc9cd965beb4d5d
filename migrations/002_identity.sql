-- Identity: accounts, their profiles and notification preferences, and the tokens that authenticate them.

CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL CHECK (length(email) <= 320 AND email ~ '^[^@\s]+@[^@\s]+$'),
    hashed_password text,
    first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name text NOT NULL DEFAULT '' CHECK (length(last_name) <= 100),
    role text NOT NULL DEFAULT 'student' CHECK (role IN ('student', 'tutor', 'admin', 'owner')),
    is_active boolean NOT NULL DEFAULT true,
    is_verified boolean NOT NULL DEFAULT false,
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
    google_id text UNIQUE,
    last_login_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    -- Every account can sign in somehow: with a password, with Google, or both.
    CHECK (hashed_password IS NOT NULL OR google_id IS NOT NULL)
);
-- One account per address whatever its case; kept across soft deletes so an address is never reused silently.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_role_idx ON users (role, created_at) WHERE deleted_at IS NULL;
CREATE TRIGGER users_touch BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE user_profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    avatar_url text CHECK (length(avatar_url) <= 2048),
    phone text CHECK (phone ~ '^\+?[0-9 ()-]{6,20}$'),
    country_code text CHECK (country_code ~ '^[A-Z]{2}$'),
    preferred_language text REFERENCES supported_languages (code),
    date_of_birth date CHECK (date_of_birth > '1900-01-01'),
    about text NOT NULL DEFAULT '' CHECK (length(about) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER user_profiles_touch BEFORE UPDATE ON user_profiles
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE user_notification_preferences (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel text NOT NULL CHECK (channel IN ('email', 'push', 'sms', 'in_app')),
    category text NOT NULL CHECK (category IN ('booking', 'message', 'payment', 'review', 'account', 'marketing')),
    is_enabled boolean NOT NULL DEFAULT true,
    quiet_hours_start time,
    quiet_hours_end time,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, channel, category),
    CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
);
CREATE TRIGGER user_notification_preferences_touch BEFORE UPDATE ON user_notification_preferences
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Rotating refresh tokens: only the SHA-256 of a token is stored; a family shares one login, so presenting a
-- rotated-out token revokes the whole family (reuse detection).
CREATE TABLE refresh_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    family_id uuid NOT NULL DEFAULT gen_random_uuid(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    revoked_reason text CHECK (revoked_reason IN ('logout', 'rotated', 'reuse_detected', 'password_changed', 'admin')),
    replaced_by bigint REFERENCES refresh_tokens (id),
    user_agent text CHECK (length(user_agent) <= 512),
    ip_address inet,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (expires_at > created_at),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_active_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
CREATE TRIGGER refresh_tokens_touch BEFORE UPDATE ON refresh_tokens
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Single-use password reset links; the token itself is only ever in the e-mail, here is its SHA-256.
CREATE TABLE password_reset_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    requested_ip inet,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (expires_at > created_at)
);
CREATE INDEX password_reset_tokens_unused_idx ON password_reset_tokens (user_id) WHERE used_at IS NULL;
CREATE TRIGGER password_reset_tokens_touch BEFORE UPDATE ON password_reset_tokens
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Single-use e-mail verification links, stored hashed like the reset tokens.
CREATE TABLE email_verification_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email text NOT NULL CHECK (length(email) <= 320),
    token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    expires_at timestamptz NOT NULL,
    verified_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (expires_at > created_at)
);
CREATE INDEX email_verification_tokens_pending_idx ON email_verification_tokens (user_id) WHERE verified_at IS NULL;
CREATE TRIGGER email_verification_tokens_touch BEFORE UPDATE ON email_verification_tokens
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
