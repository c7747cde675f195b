"""A person's check-in schedule and their check-ins, as the stores keep them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Reminder:
    """Times are minutes after local midnight; instants are UTC seconds; days are ISO dates."""

    user_id: int
    tz: str
    local_time: int
    role: str
    started_on: str
    next_due: int
    quiet_start: int | None = None
    quiet_end: int | None = None
    plan_days: int | None = None  # None: open-ended
    snoozed: bool = False
    paused_until: int | None = None

    def row(self) -> tuple[object, ...]:
        return (
            self.user_id,
            self.tz,
            self.local_time,
            self.quiet_start,
            self.quiet_end,
            self.role,
            self.plan_days,
            self.started_on,
            self.next_due,
            int(self.snoozed),
            self.paused_until,
        )

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Reminder:
        (uid, tz, local_time, qs, qe, role, plan_days, started_on, next_due, snoozed, paused) = row
        return cls(
            user_id=int(uid),
            tz=str(tz),
            local_time=int(local_time),
            quiet_start=qs,
            quiet_end=qe,
            role=str(role),
            plan_days=plan_days,
            started_on=str(started_on),
            next_due=int(next_due),
            snoozed=bool(snoozed),
            paused_until=paused,
        )


@dataclass(frozen=True, slots=True)
class Checkin:
    day: str
    feel: int  # 1 (very hard) .. 5 (good)
    met: int  # 1 (not really) .. 3 (yes): open / met / close, by role
    need: int  # index into NEEDS


NEEDS = ("reassurance", "space", "talk", "time-together", "nothing")
ROLES = ("did", "affected", "together")
