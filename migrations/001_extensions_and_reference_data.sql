-- Extensions, the shared updated_at trigger function, and the reference tables every other area points at
-- (subjects, currencies, languages, exchange rates) with their rows.

-- btree_gist lets the bookings exclusion constraint mix equality on a bigint with range overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Keeps updated_at honest on every table without each UPDATE having to remember it.
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE supported_currencies (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    symbol text NOT NULL CHECK (length(symbol) BETWEEN 1 AND 8),
    decimal_places smallint NOT NULL DEFAULT 2 CHECK (decimal_places BETWEEN 0 AND 4),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER supported_currencies_touch BEFORE UPDATE ON supported_currencies
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE supported_languages (
    code text PRIMARY KEY CHECK (code ~ '^[a-z]{2,3}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    native_name text NOT NULL CHECK (length(native_name) BETWEEN 1 AND 100),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER supported_languages_touch BEFORE UPDATE ON supported_languages
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE subjects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    category text NOT NULL CHECK (category IN (
        'mathematics', 'sciences', 'languages', 'humanities', 'technology', 'business', 'arts', 'test_prep'
    )),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    is_active boolean NOT NULL DEFAULT true,
    sort_order integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subjects_category_idx ON subjects (category, sort_order) WHERE is_active;
CREATE TRIGGER subjects_touch BEFORE UPDATE ON subjects
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE currency_rates (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    base_currency text NOT NULL REFERENCES supported_currencies (code),
    quote_currency text NOT NULL REFERENCES supported_currencies (code),
    rate numeric(18, 8) NOT NULL CHECK (rate > 0),
    source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'ecb', 'provider')),
    effective_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (base_currency <> quote_currency),
    UNIQUE (base_currency, quote_currency, effective_at)
);
CREATE INDEX currency_rates_latest_idx ON currency_rates (base_currency, quote_currency, effective_at DESC);
CREATE TRIGGER currency_rates_touch BEFORE UPDATE ON currency_rates
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

INSERT INTO supported_currencies (code, name, symbol, decimal_places) VALUES
    ('USD', 'US Dollar', '$', 2),
    ('EUR', 'Euro', '€', 2),
    ('GBP', 'Pound Sterling', '£', 2),
    ('CAD', 'Canadian Dollar', 'CA$', 2),
    ('AUD', 'Australian Dollar', 'A$', 2),
    ('NZD', 'New Zealand Dollar', 'NZ$', 2),
    ('CHF', 'Swiss Franc', 'CHF', 2),
    ('JPY', 'Japanese Yen', '¥', 0),
    ('SEK', 'Swedish Krona', 'kr', 2),
    ('NOK', 'Norwegian Krone', 'kr', 2),
    ('INR', 'Indian Rupee', '₹', 2),
    ('BRL', 'Brazilian Real', 'R$', 2);

INSERT INTO supported_languages (code, name, native_name) VALUES
    ('en', 'English', 'English'),
    ('es', 'Spanish', 'Español'),
    ('fr', 'French', 'Français'),
    ('de', 'German', 'Deutsch'),
    ('it', 'Italian', 'Italiano'),
    ('pt', 'Portuguese', 'Português'),
    ('nl', 'Dutch', 'Nederlands'),
    ('ru', 'Russian', 'Русский'),
    ('zh', 'Chinese', '中文'),
    ('ja', 'Japanese', '日本語'),
    ('ar', 'Arabic', 'العربية'),
    ('hi', 'Hindi', 'हिन्दी');

INSERT INTO subjects (slug, name, category, description, sort_order) VALUES
    ('mathematics', 'Mathematics', 'mathematics', 'Arithmetic through calculus and statistics.', 10),
    ('physics', 'Physics', 'sciences', 'Mechanics, electricity, waves and modern physics.', 20),
    ('chemistry', 'Chemistry', 'sciences', 'General, organic and physical chemistry.', 30),
    ('biology', 'Biology', 'sciences', 'Cells, genetics, ecology and human biology.', 40),
    ('english', 'English', 'languages', 'Grammar, conversation, writing and exam preparation.', 50),
    ('spanish', 'Spanish', 'languages', 'Conversation, grammar and DELE preparation.', 60),
    ('french', 'French', 'languages', 'Conversation, grammar and DELF preparation.', 70),
    ('computer-science', 'Computer Science', 'technology', 'Programming, algorithms and data structures.', 80),
    ('history', 'History', 'humanities', 'World, European and American history.', 90),
    ('economics', 'Economics', 'business', 'Micro- and macroeconomics.', 100),
    ('music-theory', 'Music Theory', 'arts', 'Harmony, ear training and composition.', 110),
    ('sat-prep', 'SAT Preparation', 'test_prep', 'Reading, writing and math sections of the SAT.', 120);

INSERT INTO currency_rates (base_currency, quote_currency, rate, source, effective_at) VALUES
    ('USD', 'EUR', 0.92000000, 'manual', '2026-01-01T00:00:00Z'),
    ('USD', 'GBP', 0.79000000, 'manual', '2026-01-01T00:00:00Z'),
    ('USD', 'CAD', 1.36000000, 'manual', '2026-01-01T00:00:00Z'),
    ('USD', 'AUD', 1.52000000, 'manual', '2026-01-01T00:00:00Z'),
    ('USD', 'JPY', 149.50000000, 'manual', '2026-01-01T00:00:00Z'),
    ('USD', 'INR', 83.20000000, 'manual', '2026-01-01T00:00:00Z');
