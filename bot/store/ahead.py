"""Rows read ahead for a batch of people (a burst of check-ins): one query per table for the
lot, before anyone's unit runs, instead of one query per person per table.

A reminder for one person reads six things (the person, the reminder, the check-ins, the days
already prompted, the safety follow-up and the revisit): on PostgreSQL each was a round trip,
and a burst of 100,000 spent most of its time waiting for them. Read ahead, a batch of a
hundred people costs six statements, sent together.

What is read ahead stays true for a person's whole unit: everyone's turn is taken before the
read (no other worker writes them meanwhile), :class:`bot.store.sql.PersonRows` forgets a part
as soon as the person writes it, and a person touched by someone else's unit (a partner, via
``PersonRows.other``) is read afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

# The parts of one person's rows a batch reads ahead.
PERSON = "person"
REMINDER = "reminder"
CHECKINS = "checkins"  # every check-in, by day: the unit keeps the days it asks for
PROMPTED = "prompted"  # the days a check-in was already offered
FOLLOWUP = "followup"
REVISIT = "revisit"

NOT_READ: Any = object()  # a part that was not read ahead, or no longer holds


class _Db(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...


# The rows' columns, as the single-person reads in bot.store.sql select them.
PERSON_COLUMNS = "user_id, locale, consented_at, state, prefs, created_at, active_at, inactive"
REMINDER_COLUMNS = (
    "user_id, tz, local_time, quiet_start, quiet_end, role, plan_days, started_on, next_due, "
    "snoozed, paused_until"
)

_QUERIES = (
    (PERSON, f"SELECT {PERSON_COLUMNS} FROM people WHERE user_id IN ({{}})"),  # noqa: S608 - constant columns
    (REMINDER, f"SELECT {REMINDER_COLUMNS} FROM reminders WHERE user_id IN ({{}})"),  # noqa: S608 - constant columns
    (CHECKINS, "SELECT user_id, day, feel, met, need FROM checkins WHERE user_id IN ({}) ORDER BY day"),
    (PROMPTED, "SELECT user_id, day FROM reminder_sent WHERE user_id IN ({})"),
    (FOLLOWUP, "SELECT user_id, due_at FROM safety_followups WHERE user_id IN ({})"),
    (REVISIT, "SELECT user_id, due_at FROM revisits WHERE user_id IN ({})"),
)


def read_ahead(db: _Db, user_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Each person's parts, as the single-person reads would return them: the person's and
    the reminder's rows (or None), the check-ins' ``(day, feel, met, need)`` in day order,
    the set of prompted days, and the follow-up's and revisit's due times (or None)."""
    if not user_ids:
        return {}
    ids = list(dict.fromkeys(user_ids))
    marks = ",".join("?" * len(ids))
    # every statement first, then the rows: PostgreSQL sends the six in one round trip
    cursors = [(part, db.execute(sql.format(marks), ids)) for part, sql in _QUERIES]
    ahead: dict[int, dict[str, Any]] = {
        uid: {PERSON: None, REMINDER: None, CHECKINS: [], PROMPTED: set(), FOLLOWUP: None, REVISIT: None}
        for uid in ids
    }
    for part, cursor in cursors:
        for row in cursor.fetchall():
            rows = ahead[row[0]]
            if part in (PERSON, REMINDER):
                rows[part] = tuple(row)
            elif part == CHECKINS:
                rows[part].append(tuple(row[1:]))
            elif part == PROMPTED:
                rows[part].add(row[1])
            else:
                rows[part] = int(row[1])
    return ahead
