-- Updates that could not be read, kept or handled, set aside so everything behind them flows.
-- Only what an operator needs to find the cause: no text, no person.
CREATE TABLE dead_letters (
    id        INTEGER PRIMARY KEY,
    update_id INTEGER,
    kind      TEXT NOT NULL,
    error     TEXT NOT NULL,
    at        INTEGER NOT NULL
) STRICT;
CREATE INDEX dead_letters_by_time ON dead_letters (at);
