-- People, their dialog state, and the pipeline tables (inbox, outbox, sent messages).
-- Every column is listed with its reason and lifetime in README.md, "What Candor keeps".

CREATE TABLE people (
    user_id      INTEGER PRIMARY KEY,
    locale       TEXT,
    consented_at INTEGER,
    state        TEXT NOT NULL DEFAULT '{}',
    prefs        TEXT NOT NULL DEFAULT '{}',
    created_at   INTEGER NOT NULL,
    active_at    INTEGER NOT NULL,
    inactive     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX people_by_activity ON people (active_at);

CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    user_id     INTEGER,
    payload     TEXT NOT NULL,
    received_at INTEGER NOT NULL
) STRICT;
CREATE INDEX inbox_by_user ON inbox (user_id, update_id);

CREATE TABLE seen_updates (
    update_id INTEGER PRIMARY KEY,
    seen_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX seen_updates_by_age ON seen_updates (seen_at);

CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id    INTEGER NOT NULL,
    locale     TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    not_before INTEGER NOT NULL DEFAULT 0,
    attempts   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX outbox_by_chat ON outbox (chat_id, id);

CREATE TABLE sent_messages (
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    sent_at    INTEGER NOT NULL,
    keyboard   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id, message_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX sent_messages_by_age ON sent_messages (sent_at);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
