-- Tutoring: tutor profiles with full-text search, what they teach, their credentials, when they are free,
-- how they price sessions, and the approval workflow.

CREATE TABLE tutor_profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id),
    title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    headline text NOT NULL DEFAULT '' CHECK (length(headline) <= 300),
    bio text NOT NULL DEFAULT '' CHECK (length(bio) <= 5000),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    hourly_rate_cents bigint NOT NULL DEFAULT 0 CHECK (hourly_rate_cents >= 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    languages text[] NOT NULL DEFAULT '{}' CHECK (array_position(languages, NULL) IS NULL),
    badges text[] NOT NULL DEFAULT '{}' CHECK (badges <@ ARRAY[
        'verified', 'top_rated', 'rising_star', 'background_checked', 'native_speaker', 'experienced', 'quick_responder'
    ]::text[]),
    experience_years smallint CHECK (experience_years BETWEEN 0 AND 80),
    video_url text CHECK (length(video_url) <= 2048),
    timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
    profile_status text NOT NULL DEFAULT 'incomplete' CHECK (profile_status IN (
        'incomplete', 'pending_approval', 'approved', 'rejected', 'archived'
    )),
    is_approved boolean NOT NULL DEFAULT false,
    auto_confirm boolean NOT NULL DEFAULT false,
    approved_at timestamptz,
    approved_by bigint REFERENCES users (id),
    rejection_reason text CHECK (length(rejection_reason) <= 2000),
    average_rating numeric(3, 2) NOT NULL DEFAULT 0 CHECK (average_rating BETWEEN 0 AND 5),
    total_reviews integer NOT NULL DEFAULT 0 CHECK (total_reviews >= 0),
    total_sessions integer NOT NULL DEFAULT 0 CHECK (total_sessions >= 0),
    -- Lifetime earnings decide the platform fee tier (20 %, 15 % from $1,000, 10 % from $5,000).
    lifetime_earnings_cents bigint NOT NULL DEFAULT 0 CHECK (lifetime_earnings_cents >= 0),
    stripe_account_id text UNIQUE,
    stripe_onboarding_complete boolean NOT NULL DEFAULT false,
    stripe_charges_enabled boolean NOT NULL DEFAULT false,
    stripe_payouts_enabled boolean NOT NULL DEFAULT false,
    search_vector tsvector NOT NULL DEFAULT ''::tsvector,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    -- is_approved is the fast filter for listings; it must never disagree with the workflow status.
    CHECK (is_approved = (profile_status = 'approved'))
);
CREATE INDEX tutor_profiles_badges_idx ON tutor_profiles USING gin (badges);
CREATE INDEX tutor_profiles_languages_idx ON tutor_profiles USING gin (languages);
CREATE INDEX tutor_profiles_search_idx ON tutor_profiles USING gin (search_vector);
CREATE INDEX tutor_profiles_listing_idx ON tutor_profiles (average_rating DESC, id)
    WHERE deleted_at IS NULL AND is_approved;
CREATE INDEX tutor_profiles_rate_idx ON tutor_profiles (hourly_rate_cents) WHERE deleted_at IS NULL AND is_approved;
CREATE INDEX tutor_profiles_status_idx ON tutor_profiles (profile_status, created_at) WHERE deleted_at IS NULL;
CREATE TRIGGER tutor_profiles_touch BEFORE UPDATE ON tutor_profiles
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Rebuilds the weighted document (title A, headline B, bio C, description D) whenever one of its parts changes.
CREATE FUNCTION tutor_profiles_refresh_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.headline, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.bio, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(NEW.description, '')), 'D');
    RETURN NEW;
END;
$$;
CREATE TRIGGER tutor_profiles_search_vector
    BEFORE INSERT OR UPDATE OF title, headline, bio, description ON tutor_profiles
    FOR EACH ROW EXECUTE FUNCTION tutor_profiles_refresh_search_vector();

CREATE TABLE tutor_subjects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    subject_id bigint NOT NULL REFERENCES subjects (id),
    proficiency text NOT NULL CHECK (proficiency IN ('Native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1')),
    years_experience smallint CHECK (years_experience BETWEEN 0 AND 80),
    is_primary boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tutor_profile_id, subject_id)
);
CREATE INDEX tutor_subjects_subject_idx ON tutor_subjects (subject_id, tutor_profile_id);
CREATE UNIQUE INDEX tutor_subjects_one_primary_key ON tutor_subjects (tutor_profile_id) WHERE is_primary;
CREATE TRIGGER tutor_subjects_touch BEFORE UPDATE ON tutor_subjects
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE tutor_certifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    issuing_organization text NOT NULL CHECK (length(issuing_organization) BETWEEN 1 AND 200),
    issued_on date,
    expires_on date,
    credential_url text CHECK (length(credential_url) <= 2048),
    verification_status text NOT NULL DEFAULT 'pending' CHECK (verification_status IN ('pending', 'verified', 'rejected')),
    verified_at timestamptz,
    verified_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on > issued_on)
);
CREATE INDEX tutor_certifications_tutor_idx ON tutor_certifications (tutor_profile_id) WHERE deleted_at IS NULL;
CREATE TRIGGER tutor_certifications_touch BEFORE UPDATE ON tutor_certifications
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE tutor_education (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    institution text NOT NULL CHECK (length(institution) BETWEEN 1 AND 200),
    degree text NOT NULL CHECK (degree IN ('high_school', 'associate', 'bachelor', 'master', 'doctorate', 'certificate', 'other')),
    field_of_study text NOT NULL DEFAULT '' CHECK (length(field_of_study) <= 200),
    start_year smallint CHECK (start_year BETWEEN 1900 AND 2100),
    end_year smallint CHECK (end_year BETWEEN 1900 AND 2100),
    verification_status text NOT NULL DEFAULT 'pending' CHECK (verification_status IN ('pending', 'verified', 'rejected')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
);
CREATE INDEX tutor_education_tutor_idx ON tutor_education (tutor_profile_id) WHERE deleted_at IS NULL;
CREATE TRIGGER tutor_education_touch BEFORE UPDATE ON tutor_education
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Weekly recurring windows in the tutor's own time zone (0 = Sunday … 6 = Saturday).
CREATE TABLE tutor_availabilities (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 0 AND 6),
    start_time time NOT NULL,
    end_time time NOT NULL,
    timezone text NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (start_time < end_time),
    UNIQUE (tutor_profile_id, day_of_week, start_time)
);
CREATE TRIGGER tutor_availabilities_touch BEFORE UPDATE ON tutor_availabilities
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- One-off periods (holidays, sick days) when the tutor takes no bookings; they never overlap each other.
CREATE TABLE tutor_blackouts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    start_at timestamptz NOT NULL,
    end_at timestamptz NOT NULL,
    reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (start_at < end_at),
    EXCLUDE USING gist (tutor_profile_id WITH =, tstzrange(start_at, end_at, '[)') WITH &&)
);
CREATE TRIGGER tutor_blackouts_touch BEFORE UPDATE ON tutor_blackouts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE tutor_pricing_options (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    pricing_type text NOT NULL CHECK (pricing_type IN ('single', 'package', 'trial')),
    duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
    price_cents bigint NOT NULL CHECK (price_cents >= 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    sessions_included integer NOT NULL DEFAULT 1 CHECK (sessions_included BETWEEN 1 AND 100),
    validity_days integer CHECK (validity_days BETWEEN 1 AND 730),
    is_active boolean NOT NULL DEFAULT true,
    sort_order integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    -- Only a package bundles several sessions, and only a package expires.
    CHECK (pricing_type = 'package' OR (sessions_included = 1 AND validity_days IS NULL))
);
CREATE INDEX tutor_pricing_options_tutor_idx ON tutor_pricing_options (tutor_profile_id, sort_order)
    WHERE deleted_at IS NULL AND is_active;
CREATE TRIGGER tutor_pricing_options_touch BEFORE UPDATE ON tutor_pricing_options
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Every submission of a profile for review and its outcome; at most one is pending at a time.
CREATE TABLE tutor_approval_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    submitted_at timestamptz NOT NULL DEFAULT now(),
    reviewed_at timestamptz,
    reviewed_by bigint REFERENCES users (id),
    notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status IN ('approved', 'rejected')) = (reviewed_at IS NOT NULL))
);
CREATE UNIQUE INDEX tutor_approval_requests_one_pending_key ON tutor_approval_requests (tutor_profile_id)
    WHERE status = 'pending';
CREATE TRIGGER tutor_approval_requests_touch BEFORE UPDATE ON tutor_approval_requests
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
