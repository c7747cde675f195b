-- A discreet check on a person the day after they said they were at risk, only if they
-- asked for it. Only the time is kept, and the row is deleted once the check is sent.
CREATE TABLE safety_followups (
    user_id INTEGER PRIMARY KEY,
    due_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX safety_followups_by_due ON safety_followups (due_at);
