"""``python -m bench``: every benchmark, a table on screen and the same figures as JSON.

Every comparison runs its baseline in the same invocation, alternating, on 127.0.0.1 only,
against a fake Bot API without rate limits. Figures are medians over the runs, with min and
max. ``--quick`` shrinks every size (a smoke run, not a measurement).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench import e2e, engine, footprint, reminders, safety, workers
from bench.measure import summary
from bot.app import load_content
from bot.config import Settings

TARGETS = {
    "cpu_ratio_ptb": 1.0,
    "cpu_ratio_aiogram": 1.0,
    "cpu_ratio_raw_stretch": 3.0,
    "latency_p50_ms": 15.0,
    "latency_p99_ms": 60.0,
    "engine_median_ms": 0.5,
    "claim_100k_seconds": 10.0,
    "find_due_ms": 50.0,
    "rss_mb": 80.0,
    "bytes_per_person": 512.0,
    "console_ready_seconds": 1.0,
}


def sizes(quick: bool) -> dict[str, int]:
    if quick:
        return {
            "people": 40,
            "per_person": 5,
            "runs": 1,
            "claim": 2_000,
            "scheduled": 20_000,
            "stored": 2_000,
            "mid_flow": 50,
            "paced": 20,
        }
    return {
        # 3 alternating runs x 1,000 people x 7 updates: 21,000 updates per variant in all
        "people": 1_000,
        "per_person": 7,
        "runs": 3,
        "claim": 100_000,
        "scheduled": 1_000_000,
        "stored": 100_000,
        "mid_flow": 1_000,
        "paced": 50,
    }


async def run_e2e(size: dict[str, int], log) -> dict[str, object]:  # type: ignore[no-untyped-def]
    results: dict[str, list[e2e.E2eResult]] = {v: [] for v in e2e.VARIANTS}
    for r in range(size["runs"]):
        for variant in e2e.VARIANTS:  # alternating, so drift hits every variant alike
            paced = size["paced"] if variant.startswith("candor") else 0
            result = await e2e.run_variant(
                variant, size["people"], size["per_person"], concurrency=50, paced=paced
            )
            results[variant].append(result)
            line = (
                f"  e2e run {r + 1} {variant}: {result.per_second:.0f} updates/s, "
                f"{result.cpu_us_per_update:.0f} us CPU/update"
            )
            if result.paced_p50_ms is not None:
                line += f"; at pace p50 {result.paced_p50_ms:.1f} ms, p99 {result.paced_p99_ms:.1f} ms"
            log(line)
    out: dict[str, object] = {}
    for variant, runs in results.items():
        out[variant] = {
            "updates_per_second": summary([x.per_second for x in runs]),
            "cpu_us_per_update": summary([x.cpu_us_per_update for x in runs]),
            "saturated_p50_ms": summary([x.p50_ms for x in runs]),
            "saturated_p99_ms": summary([x.p99_ms for x in runs]),
        }
        if runs[0].paced_p50_ms is not None:
            out[variant]["paced_p50_ms"] = summary([x.paced_p50_ms for x in runs])  # type: ignore[index,misc]
            out[variant]["paced_p99_ms"] = summary([x.paced_p99_ms for x in runs])  # type: ignore[index,misc]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes: checks the harness, measures nothing"
    )
    parser.add_argument("--json", default="bench/results/latest.json")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["e2e", "engine", "reminders", "footprint", "safety", "workers"],
    )
    args = parser.parse_args()
    size = sizes(args.quick)
    started = time.perf_counter()

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    content = load_content(Settings(token=None))
    report: dict[str, object] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "sizes": size,
    }
    phases: dict[str, float] = {}
    report["phase_seconds"] = phases
    mark = time.perf_counter()

    def phase(name: str) -> None:
        nonlocal mark
        phases[name] = round(time.perf_counter() - mark, 1)
        mark = time.perf_counter()
        log(f"  ({name}: {phases[name]} s)")

    if "safety" not in args.skip:
        log("safety screen...")
        report["safety"] = safety.run(size["runs"], 300 if args.quick else None)
        phase("safety")
    if "engine" not in args.skip:
        log("engine alone...")
        report["engine"] = {}
        for c in (1, 50):
            runs = [asyncio.run(engine.run(content, max(c, 20), 20, c)) for _ in range(size["runs"])]
            report["engine"][f"{c}_concurrent"] = {k: summary([r[k] for r in runs]) for k in runs[0]}  # type: ignore[index]
        phase("engine")
    if "e2e" not in args.skip:
        log("end to end...")
        report["e2e"] = asyncio.run(run_e2e(size, log))
        phase("e2e")
    if "reminders" not in args.skip:
        log("reminders...")
        report["reminders"] = {
            "claim": asyncio.run(reminders.claim(content, size["claim"])),
            "find_due": asyncio.run(reminders.find_due(size["scheduled"])),
        }
        phase("reminders")
    if "workers" not in args.skip:
        log("several workers on PostgreSQL...")
        from tests.pg_server import pg_server

        with pg_server() as server:
            people, per = (20, 3) if args.quick else (300, 7)
            report["workers"] = {
                "runs": asyncio.run(workers.run_all(server, people, per, size["paced"], log)),
                "claim": asyncio.run(workers.claim_postgres(server, content, size["claim"])),
            }
        phase("workers")
    if "footprint" not in args.skip:
        log("footprint...")
        report["footprint"] = {
            "bytes_per_idle_person": asyncio.run(footprint.bytes_per_person(size["stored"])),
            "console_ready_seconds": summary([footprint.console_ready_seconds() for _ in range(3)]),
        }
        with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
            template = asyncio.run(footprint.stored_people(Path(tmp), size["stored"]))
            for adapter in ("ptb", "aiogram"):
                report["footprint"][adapter] = asyncio.run(  # type: ignore[index]
                    footprint.adapter_start_and_memory(adapter, template, size["mid_flow"])
                )
                report["footprint"][f"plain-{adapter}"] = asyncio.run(  # type: ignore[index]
                    footprint.plain_memory(f"plain-{adapter}", size["mid_flow"])
                )
        phase("footprint")
    report["seconds"] = time.perf_counter() - started
    report["targets"] = TARGETS
    path = Path(args.json)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(render(report))
    print(f"\nwritten to {path} in {report['seconds']:.0f} s")
    return 0


def _m(figures: object, key: str) -> float:
    return float(figures[key]["median"])  # type: ignore[index]


def render(report: dict[str, object]) -> str:
    rows: list[tuple[str, str, str]] = []
    if "e2e" in report:
        e = report["e2e"]
        for variant, figures in e.items():  # type: ignore[attr-defined]
            rows.append((f"e2e {variant}: updates/s", f"{_m(figures, 'updates_per_second'):.0f}", ""))
            rows.append((f"e2e {variant}: CPU us/update", f"{_m(figures, 'cpu_us_per_update'):.0f}", ""))
        ptb = _m(e["candor-ptb"], "cpu_us_per_update") / _m(e["plain-ptb"], "cpu_us_per_update")  # type: ignore[index]
        aio = _m(e["candor-aiogram"], "cpu_us_per_update") / _m(e["plain-aiogram"], "cpu_us_per_update")  # type: ignore[index]
        raw = _m(e["candor-ptb"], "cpu_us_per_update") / _m(e["raw-aiohttp"], "cpu_us_per_update")  # type: ignore[index]
        rows += [
            ("CPU ratio candor-ptb / plain-ptb", f"{ptb:.2f}x", "<= 1.0x"),
            ("CPU ratio candor-aiogram / plain-aiogram", f"{aio:.2f}x", "<= 1.0x"),
            ("CPU ratio candor-ptb / raw aiohttp", f"{raw:.2f}x", "<= 3x (stretch)"),
        ]
        for variant in ("candor-ptb", "candor-aiogram"):
            rows.append(
                (f"latency {variant}, 50 people: p50 ms", f"{_m(e[variant], 'paced_p50_ms'):.1f}", "<= 15")
            )  # type: ignore[index]
            rows.append(
                (f"latency {variant}, 50 people: p99 ms", f"{_m(e[variant], 'paced_p99_ms'):.1f}", "<= 60")
            )  # type: ignore[index]
    if "engine" in report:
        for key, figures in report["engine"].items():  # type: ignore[attr-defined]
            name = key.replace("_", " ")
            # one at a time, latency is the cost of an update; fifty at once it is mostly the
            # wait in line, and the cost of each is the wall time per update
            alone = key.startswith("1_")
            rows.append(
                (
                    f"engine alone, {name}: latency median ms",
                    f"{_m(figures, 'median_ms'):.3f}",
                    "<= 0.5" if alone else "",
                )
            )
            rows.append((f"engine alone, {name}: latency p99 ms", f"{_m(figures, 'p99_ms'):.3f}", ""))
            rows.append(
                (
                    f"engine alone, {name}: wall ms per update",
                    f"{_m(figures, 'ms_per_update'):.3f}",
                    "" if alone else "<= 0.5",
                )
            )
    if "reminders" in report:
        claim = report["reminders"]["claim"]  # type: ignore[index]
        find = report["reminders"]["find_due"]  # type: ignore[index]
        rows.append(
            (f"reminders: claim {claim['people']:,} into the outbox, s", f"{claim['seconds']:.1f}", "<= 10")
        )
        rows.append(
            (f"reminders: find due among {find['scheduled']:,}, ms", f"{find['median_ms']:.2f}", "<= 50")
        )
    if "workers" in report:
        runs = report["workers"]["runs"]  # type: ignore[index]
        sqlite_cpu = runs[0]["cpu_us_per_update"]
        for run in runs:
            name = run["variant"]
            rows.append((f"workers {name}: updates/s", f"{run['updates_per_second']:.0f}", ""))
            rows.append(
                (
                    f"workers {name}: CPU us/update (x SQLite)",
                    f"{run['cpu_us_per_update']:.0f} ({run['cpu_us_per_update'] / sqlite_cpu:.2f}x)",
                    "<= 1.5x" if name == "postgres x1" else "",
                )
            )
            rows.append(
                (
                    f"workers {name}: 50 people p50/p99 ms",
                    f"{run['paced_p50_ms']:.1f}/{run['paced_p99_ms']:.1f}",
                    "p99 <= 60",
                )
            )
        claim = report["workers"]["claim"]  # type: ignore[index]
        rows.append(
            (f"reminders on PostgreSQL: claim {claim['people']:,}, s", f"{claim['seconds']:.1f}", "<= 10")
        )
    if "footprint" in report:
        f = report["footprint"]
        rows.append(("database bytes per idle person", f"{f['bytes_per_idle_person']:.0f}", "<= 512"))  # type: ignore[index]
        rows.append(("console chat ready, s", f"{_m(f, 'console_ready_seconds'):.2f}", "<= 1.0"))
        for adapter in ("ptb", "aiogram"):
            rows.append((f"{adapter}: start to first poll, s", f"{f[adapter]['start_seconds']:.2f}", ""))  # type: ignore[index]
            rows.append((f"{adapter}: resident MB, 1,000 mid-flow", f"{f[adapter]['rss_mb']:.0f}", "<= 80"))  # type: ignore[index]
            plain = f.get(f"plain-{adapter}")  # type: ignore[attr-defined]
            if plain is not None:
                start, rss = f"{plain['start_seconds']:.2f}", f"{plain['rss_mb']:.0f}"
                rows.append((f"plain {adapter} bot: start to first poll, s", start, ""))
                rows.append((f"plain {adapter} bot: resident MB, 1,000 chatting", rss, ""))
    if "safety" in report:
        rows += safety.render(report["safety"])  # type: ignore[arg-type]
    width = max(len(r[0]) for r in rows) if rows else 10
    lines = [f"{'measure'.ljust(width)}  {'value':>10}  target", "-" * (width + 22)]
    lines += [f"{name.ljust(width)}  {value:>10}  {target}" for name, value, target in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
