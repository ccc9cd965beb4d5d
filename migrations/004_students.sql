-- Students: profiles with prepaid credit, session packages, favourites, interests, and tutors' private notes.

CREATE TABLE student_profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id),
    grade_level text CHECK (grade_level IN (
        'elementary', 'middle_school', 'high_school', 'university', 'adult', 'professional'
    )),
    learning_goals text NOT NULL DEFAULT '' CHECK (length(learning_goals) <= 2000),
    credit_balance_cents bigint NOT NULL DEFAULT 0 CHECK (credit_balance_cents >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id)
);
CREATE TRIGGER student_profiles_touch BEFORE UPDATE ON student_profiles
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A bundle of prepaid sessions with one tutor; remaining is stored for cheap filtering and kept consistent.
CREATE TABLE student_packages (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_profile_id bigint NOT NULL REFERENCES student_profiles (id),
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id),
    pricing_option_id bigint REFERENCES tutor_pricing_options (id),
    sessions_purchased integer NOT NULL CHECK (sessions_purchased > 0),
    sessions_used integer NOT NULL DEFAULT 0 CHECK (sessions_used >= 0),
    sessions_remaining integer NOT NULL,
    price_paid_cents bigint NOT NULL CHECK (price_paid_cents >= 0),
    currency text NOT NULL DEFAULT 'USD' REFERENCES supported_currencies (code),
    purchased_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'expired', 'exhausted', 'refunded')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (sessions_used <= sessions_purchased),
    CHECK (sessions_remaining = sessions_purchased - sessions_used),
    CHECK (expires_at IS NULL OR expires_at > purchased_at)
);
CREATE INDEX student_packages_active_idx ON student_packages (student_profile_id, tutor_profile_id)
    WHERE status = 'active';
CREATE INDEX student_packages_expiry_idx ON student_packages (expires_at) WHERE status = 'active';
CREATE TRIGGER student_packages_touch BEFORE UPDATE ON student_packages
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE favorite_tutors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_profile_id bigint NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (student_profile_id, tutor_profile_id)
);
CREATE INDEX favorite_tutors_tutor_idx ON favorite_tutors (tutor_profile_id);
CREATE TRIGGER favorite_tutors_touch BEFORE UPDATE ON favorite_tutors
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A tutor's private notes about one student, visible to that tutor only.
CREATE TABLE student_notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tutor_profile_id bigint NOT NULL REFERENCES tutor_profiles (id) ON DELETE CASCADE,
    student_profile_id bigint NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    body text NOT NULL CHECK (length(body) <= 10000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tutor_profile_id, student_profile_id)
);
CREATE TRIGGER student_notes_touch BEFORE UPDATE ON student_notes
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- What a student wants to learn, used for recommendations.
CREATE TABLE student_subject_interests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_profile_id bigint NOT NULL REFERENCES student_profiles (id) ON DELETE CASCADE,
    subject_id bigint NOT NULL REFERENCES subjects (id),
    level text NOT NULL DEFAULT 'beginner' CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (student_profile_id, subject_id)
);
CREATE INDEX student_subject_interests_subject_idx ON student_subject_interests (subject_id);
CREATE TRIGGER student_subject_interests_touch BEFORE UPDATE ON student_subject_interests
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
