-- Candor's schema on PostgreSQL: the same tables and columns as the SQLite migrations
-- 0001-0005 (README.md, "What Candor keeps", lists each column's reason and lifetime).
-- Ids from Telegram are 64-bit: BIGINT throughout. Times are Unix seconds.

CREATE TABLE people (
    user_id      BIGINT PRIMARY KEY,
    locale       TEXT,
    consented_at BIGINT,
    state        TEXT NOT NULL DEFAULT '{}',
    prefs        TEXT NOT NULL DEFAULT '{}',
    created_at   BIGINT NOT NULL,
    active_at    BIGINT NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_by_activity ON people (active_at);

CREATE TABLE inbox (
    update_id   BIGINT PRIMARY KEY,
    user_id     BIGINT,
    payload     TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX inbox_by_user ON inbox (user_id, update_id);
CREATE INDEX inbox_by_age ON inbox (received_at);

CREATE TABLE seen_updates (
    update_id BIGINT PRIMARY KEY,
    seen_at   BIGINT NOT NULL
);
CREATE INDEX seen_updates_by_age ON seen_updates (seen_at);

CREATE TABLE outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat_id    BIGINT NOT NULL,
    locale     TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    not_before BIGINT NOT NULL DEFAULT 0,
    attempts   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_by_chat ON outbox (chat_id, id);

CREATE TABLE sent_messages (
    chat_id    BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    sent_at    BIGINT NOT NULL,
    keyboard   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX sent_messages_by_age ON sent_messages (sent_at);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE reminders (
    user_id      BIGINT PRIMARY KEY,
    tz           TEXT NOT NULL,
    local_time   INTEGER NOT NULL,
    quiet_start  INTEGER,
    quiet_end    INTEGER,
    role         TEXT NOT NULL,
    plan_days    INTEGER,
    started_on   TEXT NOT NULL,
    next_due     BIGINT NOT NULL,
    snoozed      INTEGER NOT NULL DEFAULT 0,
    paused_until BIGINT
);
CREATE INDEX reminders_by_due ON reminders (next_due);

CREATE TABLE reminder_sent (
    user_id BIGINT NOT NULL,
    day     TEXT NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE checkins (
    user_id BIGINT NOT NULL,
    day     TEXT NOT NULL,
    feel    INTEGER NOT NULL,
    met     INTEGER NOT NULL,
    need    INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE pair_invites (
    token_hash TEXT PRIMARY KEY,
    inviter    BIGINT NOT NULL,
    shown_name TEXT NOT NULL,
    answers    TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX pair_invites_by_inviter ON pair_invites (inviter);

CREATE TABLE pairings (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    a          BIGINT,
    b          BIGINT,
    shown_name TEXT NOT NULL,
    a_answers  TEXT,
    b_answers  TEXT,
    status     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pairings_by_a ON pairings (a);
CREATE INDEX pairings_by_b ON pairings (b);

CREATE TABLE revisits (
    user_id BIGINT PRIMARY KEY,
    due_at  BIGINT NOT NULL
);
CREATE INDEX revisits_by_due ON revisits (due_at);

CREATE TABLE safety_followups (
    user_id BIGINT PRIMARY KEY,
    due_at  BIGINT NOT NULL
);
CREATE INDEX safety_followups_by_due ON safety_followups (due_at);

CREATE TABLE dead_letters (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    update_id BIGINT,
    kind      TEXT NOT NULL,
    error     TEXT NOT NULL,
    at        BIGINT NOT NULL
);
CREATE INDEX dead_letters_by_time ON dead_letters (at);
