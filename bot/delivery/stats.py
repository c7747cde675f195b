"""Plain counters the delivery parts keep as they work, read by the metrics endpoint
(bot/service.py). Nothing here names a person: counts, kinds and durations only."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# Seconds from taking an update to its decision committed (the reply is then in the outbox).
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


@dataclass(slots=True)
class Latency:
    """A histogram with fixed buckets, as Prometheus reads one (cumulative on export)."""

    counts: list[int] = field(default_factory=lambda: [0] * len(LATENCY_BUCKETS))
    total: float = 0.0
    n: int = 0

    def observe(self, seconds: float) -> None:
        self.n += 1
        self.total += seconds
        for i, bound in enumerate(LATENCY_BUCKETS):
            if seconds <= bound:
                self.counts[i] += 1
                break

    def cumulative(self) -> list[tuple[str, int]]:
        out, running = [], 0
        for bound, count in zip(LATENCY_BUCKETS, self.counts, strict=True):
            running += count
            out.append((str(bound), running))
        out.append(("+Inf", self.n))
        return out


@dataclass(slots=True)
class Stats:
    updates_handled: int = 0
    updates_set_aside: int = 0
    replies_sent: int = 0
    send_errors: Counter[str] = field(default_factory=Counter)  # by the error's kind
    latency: Latency = field(default_factory=Latency)
