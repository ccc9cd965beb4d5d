-- Communication: student–tutor conversations, messages and attachments, in-app notifications and their
-- templates, and the transactional outbox (events written with the change, delivered after commit).

CREATE TABLE conversations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_user_id bigint NOT NULL REFERENCES users (id),
    tutor_user_id bigint NOT NULL REFERENCES users (id),
    booking_id bigint REFERENCES bookings (id),
    last_message_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id),
    CHECK (student_user_id <> tutor_user_id)
);
-- One live conversation per student–tutor pair.
CREATE UNIQUE INDEX conversations_pair_key ON conversations (student_user_id, tutor_user_id) WHERE deleted_at IS NULL;
CREATE INDEX conversations_tutor_idx ON conversations (tutor_user_id, last_message_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX conversations_student_idx ON conversations (student_user_id, last_message_at DESC) WHERE deleted_at IS NULL;
CREATE TRIGGER conversations_touch BEFORE UPDATE ON conversations
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE messages (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_user_id bigint NOT NULL REFERENCES users (id),
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    is_read boolean NOT NULL DEFAULT false,
    read_at timestamptz,
    is_edited boolean NOT NULL DEFAULT false,
    edited_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    deleted_by bigint REFERENCES users (id)
);
CREATE INDEX messages_conversation_idx ON messages (conversation_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX messages_unread_idx ON messages (conversation_id) WHERE NOT is_read AND deleted_at IS NULL;
CREATE TRIGGER messages_touch BEFORE UPDATE ON messages
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Files attached to a message: at most 10 MB, from a short list of safe types.
CREATE TABLE message_attachments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime_type text NOT NULL CHECK (mime_type IN (
        'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain',
        'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'audio/mpeg', 'video/mp4'
    )),
    size_bytes bigint NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    storage_key text NOT NULL CHECK (length(storage_key) <= 1024),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_attachments_message_idx ON message_attachments (message_id);
CREATE TRIGGER message_attachments_touch BEFORE UPDATE ON message_attachments
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Notification types are a domain shared by notifications and their templates.
CREATE DOMAIN notification_type AS text CHECK (VALUE IN (
    'BOOKING_REQUESTED', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED', 'BOOKING_CANCELLED', 'BOOKING_EXPIRED',
    'BOOKING_RESCHEDULED', 'BOOKING_REMINDER', 'SESSION_STARTED', 'SESSION_ENDED', 'NEW_MESSAGE', 'NEW_REVIEW',
    'PAYMENT_RECEIVED', 'PAYMENT_REFUNDED', 'PAYOUT_SENT', 'PROFILE_APPROVED', 'PROFILE_REJECTED',
    'DISPUTE_OPENED', 'DISPUTE_RESOLVED', 'SYSTEM'
));

CREATE TABLE notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type notification_type NOT NULL,
    category text NOT NULL CHECK (category IN ('booking', 'message', 'payment', 'review', 'account', 'system')),
    -- 1 = low … 4 = urgent.
    priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 4),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body text NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
    action_url text CHECK (length(action_url) <= 2048),
    data jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_read boolean NOT NULL DEFAULT false,
    read_at timestamptz,
    is_dismissed boolean NOT NULL DEFAULT false,
    dismissed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC) WHERE NOT is_dismissed;
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE NOT is_read AND NOT is_dismissed;
CREATE TRIGGER notifications_touch BEFORE UPDATE ON notifications
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TABLE notification_templates (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type notification_type NOT NULL,
    channel text NOT NULL CHECK (channel IN ('email', 'push', 'sms', 'in_app')),
    language text NOT NULL DEFAULT 'en' REFERENCES supported_languages (code),
    subject_template text NOT NULL DEFAULT '' CHECK (length(subject_template) <= 500),
    body_template text NOT NULL CHECK (length(body_template) BETWEEN 1 AND 20000),
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (type, channel, language)
);
CREATE TRIGGER notification_templates_touch BEFORE UPDATE ON notification_templates
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Side effects of a committed change (notifications, search refresh, analytics), claimed by workers with
-- FOR UPDATE SKIP LOCKED and retried with back-off until delivered.
CREATE TABLE outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic text NOT NULL CHECK (topic ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    payload jsonb NOT NULL,
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
CREATE TRIGGER outbox_touch BEFORE UPDATE ON outbox
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
