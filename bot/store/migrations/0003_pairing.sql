-- Partner pairing for the agreement conversation: one-time invites (only a hash of the
-- token is kept), pairings with each side's answers, and revisit reminders.

CREATE TABLE pair_invites (
    token_hash TEXT PRIMARY KEY,
    inviter    INTEGER NOT NULL,
    shown_name TEXT NOT NULL,
    answers    TEXT NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX pair_invites_by_inviter ON pair_invites (inviter);

CREATE TABLE pairings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    a          INTEGER,
    b          INTEGER,
    shown_name TEXT NOT NULL,
    a_answers  TEXT,
    b_answers  TEXT,
    status     TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX pairings_by_a ON pairings (a);
CREATE INDEX pairings_by_b ON pairings (b);

CREATE TABLE revisits (
    user_id INTEGER PRIMARY KEY,
    due_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX revisits_by_due ON revisits (due_at);
