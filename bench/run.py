"""Measure Magplan on this machine: `.venv/bin/python -m bench [--quick] [--json OUT]`.

Prints a Markdown table of medians and 95th percentiles and writes the same as JSON. No figure
passes or fails here; the script exits non-zero only when it could not measure something.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from bench import tables
from planner import DATA_DIR, storage
from planner.foods import FoodTable
from planner.plan import MEALS, Entry, Plan
from planner.totals import day_totals

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("pompoenpitten", "pumpkin seeds", "melk", "cheese", "volkoren brood", "raw",
           "ch", "chicken breast roasted", "spinazie", "yoghurt greek")


@dataclass
class Figure:
    name: str
    table: str
    unit: str
    median: float
    p95: float | None = None
    target: str = ""
    note: str = ""


@dataclass
class Results:
    machine: dict = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def timed(self, name: str, table: str, samples: list[float], unit: str = "ms",
              target: str = "", note: str = "") -> None:
        self.figures.append(Figure(name, table, unit, statistics.median(samples),
                                   float(np.percentile(samples, 95)), target, note))
        print(f"  {name} [{table}]: median {self.figures[-1].median:.3g} {unit}", file=sys.stderr)

    def value(self, name: str, table: str, value: float, unit: str, target: str = "",
              note: str = "") -> None:
        self.figures.append(Figure(name, table, unit, value, None, target, note))
        print(f"  {name} [{table}]: {value:.3g} {unit}", file=sys.stderr)

    def attempt(self, what: str, measure: Callable[[], None]) -> None:
        try:
            measure()
        except Exception as err:  # a figure that cannot be measured is reported, not fatal
            self.failures.append(f"{what}: {type(err).__name__}: {err}")
            print(f"  could not measure {what}: {err}", file=sys.stderr)


def repeat(call: Callable[[], object], times: int) -> list[float]:
    """Milliseconds per call, after one warm-up call."""
    call()
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def machine() -> dict:
    import pandas
    try:
        from importlib.metadata import version
        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "not installed"
    return {"date": dt.date.today().isoformat(), "cores": os.cpu_count(),
            "cpu": platform.processor() or platform.machine(),
            "python": platform.python_version(), "pyside6": pyside,
            "pandas": pandas.__version__, "numpy": np.__version__}


def full_week(foods: FoodTable) -> Plan:
    """7 days x 4 meals x 6 entries of the bundled table's foods."""
    plan = storage.load(DATA_DIR / "sample-week.json")
    ids = foods.frame["food_id"].to_numpy()
    for day in range(7):
        plan.clear_day(day)
        for m, meal in enumerate(MEALS):
            for i in range(6):
                plan.add(day, meal, Entry(str(ids[(day * 24 + m * 6 + i) * 7 % len(ids)]), 50 + i * 10))
    return plan


def peak_memory_mb(table: str) -> float:
    """Peak resident memory of a fresh process that loads one table size and searches it."""
    code = (f"from bench import tables; t = tables.{table}(); t.search('milk'); "
            "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return int(out.stdout.strip()) / 1024


def measure_domain(results: Results, sizes: dict[str, Callable[[], FoodTable | None]],
                   quick: bool) -> None:
    n = 20 if quick else 100
    for label, make in sizes.items():
        start = time.perf_counter()
        table = make()
        if table is None:
            results.failures.append(f"{label}: the shared USDA file is not here; skipped")
            continue
        results.value("load table", label, time.perf_counter() - start, "s")
        samples = [s for q in QUERIES for s in repeat(lambda q=q: table.search(q), n // 10 or 1)]
        results.timed("search, one query (planner)", label, samples,
                      target="< 2 ms at 8,789; < 50 ms at 400,000")
        results.attempt(f"peak memory {label}", lambda: results.value(
            "peak memory, table loaded", label, peak_memory_mb(make.__name__), "MB",
            target="< 400 MB at 8,789"))
    foods = tables.bundled()
    plan = full_week(foods)
    results.timed("day totals, full week (7 x 4 x 6 entries)", "bundled",
                  repeat(lambda: day_totals(plan, foods), n), target="< 5 ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--no-400k", action="store_true", help="skip the 400,000-food table")
    args = parser.parse_args(argv)

    results = Results(machine=machine())
    sizes: dict[str, Callable[[], FoodTable | None]] = {"bundled": tables.bundled,
                                                        "8,789": tables.usda}
    if not args.no_400k:
        sizes["400,000"] = tables.synthetic
    measure_domain(results, sizes, args.quick)

    print(markdown(results))
    args.json.write_text(json.dumps({"machine": results.machine,
                                     "figures": [asdict(f) for f in results.figures],
                                     "failures": results.failures}, indent=1))
    print(f"\n(written to {args.json})", file=sys.stderr)
    could_not = [f for f in results.failures if "skipped" not in f]
    return 1 if could_not else 0


def markdown(results: Results) -> str:
    m = results.machine
    lines = [f"Measured {m['date']} on {m['cores']} cores ({m['cpu']}), Python {m['python']}, "
             f"PySide6 {m['pyside6']}, pandas {m['pandas']}, numpy {m['numpy']}.", "",
             "| figure | table | median | 95th pct | target |", "|---|---|---|---|---|"]
    for f in results.figures:
        p95 = "" if f.p95 is None else f"{f.p95:.3g} {f.unit}"
        note = f" ({f.note})" if f.note else ""
        lines.append(f"| {f.name}{note} | {f.table} | {f.median:.3g} {f.unit} | {p95} | {f.target} |")
    lines += [f"\nNot measured: {f}" for f in results.failures]
    return "\n".join(lines)
