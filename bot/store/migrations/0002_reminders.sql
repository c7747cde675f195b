-- Daily check-in reminders: the schedule is the source of truth (nothing lives only in
-- memory), the check-ins keep only numbers, and one prompt per local day is a key.

CREATE TABLE reminders (
    user_id      INTEGER PRIMARY KEY,
    tz           TEXT NOT NULL,
    local_time   INTEGER NOT NULL,
    quiet_start  INTEGER,
    quiet_end    INTEGER,
    role         TEXT NOT NULL,
    plan_days    INTEGER,
    started_on   TEXT NOT NULL,
    next_due     INTEGER NOT NULL,
    snoozed      INTEGER NOT NULL DEFAULT 0,
    paused_until INTEGER
) STRICT;
CREATE INDEX reminders_by_due ON reminders (next_due);

CREATE TABLE reminder_sent (
    user_id INTEGER NOT NULL,
    day     TEXT NOT NULL,
    PRIMARY KEY (user_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE checkins (
    user_id INTEGER NOT NULL,
    day     TEXT NOT NULL,
    feel    INTEGER NOT NULL,
    met     INTEGER NOT NULL,
    need    INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
) STRICT, WITHOUT ROWID;
