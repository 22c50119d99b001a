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

from bench import (
    figures_balance,
    figures_import,
    figures_limits,
    figures_meals,
    figures_shopping,
    tables,
    ui_figures,
)
from bench.timing import repeat
from planner.foods import FoodTable
from planner.totals import day_totals

ROOT = Path(__file__).resolve().parent.parent
QUERIES = (
    "pompoenpitten",
    "pumpkin seeds",
    "melk",
    "cheese",
    "volkoren brood",
    "raw",
    "ch",
    "chicken breast roasted",
    "spinazie",
    "yoghurt greek",
    # Dutch as typed, against NEVO's way of naming ("Melk karne-", "Mout haver-",
    # "Noten cashew-", "Tarwebrood volkoren"): compounds joined, split and folded.
    "karnemelk",
    "havermout",
    "cashewnoten",
    "volkorenbrood",
)


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
    # query -> table -> (median, 95th percentile) in ms, for the per-query search table
    queries: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)

    def timed(
        self,
        name: str,
        table: str,
        samples: list[float],
        unit: str = "ms",
        target: str = "",
        note: str = "",
    ) -> None:
        self.figures.append(
            Figure(
                name,
                table,
                unit,
                statistics.median(samples),
                float(np.percentile(samples, 95)),
                target,
                note,
            )
        )
        print(f"  {name} [{table}]: median {self.figures[-1].median:.3g} {unit}", file=sys.stderr)

    def value(
        self, name: str, table: str, value: float, unit: str, target: str = "", note: str = ""
    ) -> None:
        self.figures.append(Figure(name, table, unit, value, None, target, note))
        print(f"  {name} [{table}]: {value:.3g} {unit}", file=sys.stderr)

    def attempt(self, what: str, measure: Callable[[], None]) -> None:
        try:
            measure()
        except Exception as err:  # a figure that cannot be measured is reported, not fatal
            self.failures.append(f"{what}: {type(err).__name__}: {err}")
            print(f"  could not measure {what}: {err}", file=sys.stderr)


def machine() -> dict:
    import pandas

    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "not installed"
    return {
        "date": dt.date.today().isoformat(),
        "cores": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "pandas": pandas.__version__,
        "numpy": np.__version__,
    }


def peak_memory_mb(table: str) -> float:
    """Peak resident memory of a fresh process that loads one table size and searches it."""
    code = (
        f"from bench import tables; t = tables.{table}(); t.search('milk'); "
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024


def measure_domain(
    results: Results, sizes: dict[str, Callable[[], FoodTable | None]], quick: bool
) -> None:
    n = 20 if quick else 100
    for label, make in sizes.items():
        start = time.perf_counter()
        table = make()
        if table is None:
            results.failures.append(f"{label}: the shared USDA file is not here; skipped")
            continue
        results.value("load table", label, time.perf_counter() - start, "s")
        samples = []
        for query in QUERIES:
            times = repeat(lambda q=query: table.search(q), n // 5 or 1)
            results.queries.setdefault(query, {})[label] = (
                statistics.median(times),
                float(np.percentile(times, 95)),
            )
            samples += times
        results.timed(
            "search, one query (planner)",
            label,
            samples,
            target="< 2 ms at 8,789; < 50 ms at 400,000",
        )
        if label in ("bundled", "8,789"):
            results.attempt(f"saved meals {label}", lambda: measure_meals(results, label, table, n))
        results.attempt(
            f"peak memory {label}",
            lambda: results.value(
                "peak memory, table loaded",
                label,
                peak_memory_mb(make.__name__),
                "MB",
                target="< 400 MB at 8,789",
            ),
        )
        results.attempt(
            f"window search {label}",
            lambda: results.timed(
                "search keystroke in the window's browser",
                label,
                ui_figures.search_keystroke_ms(table),
                target="< 30 ms at 8,789",
            ),
        )
    foods = tables.bundled()
    plan = figures_shopping.full_week(foods, dt.date(2026, 11, 30))
    results.timed(
        "day totals, full week (7 x 4 x 6 entries)",
        "bundled",
        repeat(lambda: day_totals(plan, foods), n),
        target="< 5 ms",
    )


def measure_meals(results: Results, label: str, foods: FoodTable, n: int) -> None:
    """The table's foods and 500 saved meals of them, searched together and opened."""
    meals = figures_meals.five_hundred(foods)
    results.timed(
        f"search, one query, foods and {figures_meals.MEALS} saved meals (planner)",
        label,
        figures_meals.search_ms(foods, meals, QUERIES, n // 5 or 1),
        target="< 2 ms at 8,789",
    )
    results.timed(
        f"open {figures_meals.MEALS} saved meals (read, checked, each serving summed)",
        label,
        figures_meals.open_ms(meals, foods, n // 10 or 1),
    )
    results.timed(
        f"search keystroke in the window's browser, with {figures_meals.MEALS} saved meals",
        label,
        ui_figures.search_keystroke_ms(foods, meals.folder),
        target="< 30 ms at 8,789",
    )


def measure_features(results: Results, quick: bool) -> None:
    """Start-up, an edit in the window, balancing, the shopping list and the CSV export."""
    runs = 3 if quick else 7
    startup, floor = ui_figures.startup_and_floor_seconds(runs)
    results.timed(
        "process start to window shown (sample week)",
        "bundled",
        startup,
        "s",
        target="< 1.5 s; at most 1.3 x the import floor",
        note=f"{statistics.median(startup) / statistics.median(floor):.2f} x the "
        "floor, taken in turns with it",
    )
    results.timed("import floor: python -c 'import PySide6.QtWidgets, pandas'", "-", floor, "s")
    edits = 20 if quick else 60
    results.timed(
        "an edit (grams typed) until totals, flags, header, chart, day panel and "
        "shopping list are updated",
        "bundled",
        ui_figures.edit_refresh_ms(edits, "grams"),
        target="< 15 ms; p95 < 30 ms",
    )
    results.timed(
        "the same for a food added, or taken away by undo",
        "bundled",
        ui_figures.edit_refresh_ms(edits, "add"),
        target="< 15 ms; p95 < 30 ms",
    )
    weeks = f"{figures_balance.weeks_measured()} weeks"
    results.timed(
        "balance one day",
        "bundled",
        figures_balance.balance_day_ms(14 if quick else 56),
        target="< 200 ms",
        note=f"each day of {weeks} in turn",
    )
    results.timed(
        "balance the whole week",
        "bundled",
        figures_balance.balance_week_ms(4 if quick else 12),
        target="< 1 s",
        note=f"{weeks} in turn",
    )
    results.value(
        "energy the balanced sample week adds",
        "bundled",
        figures_balance.added_energy_percent(),
        "%",
        target="< 10 % a day",
    )
    results.value(
        "most energy one balanced day gains",
        "bundled",
        figures_balance.most_energy_a_day_gains_percent(),
        "%",
        target="<= 10 %",
        note=weeks,
    )
    results.value(
        "changes that are swaps or the seed's magnesium sources",
        "bundled",
        figures_balance.swaps_and_sources_percent(),
        "%",
        target=">= 50 %",
        note=weeks,
    )
    results.timed(
        "shopping list, one full week",
        "bundled",
        figures_shopping.shopping_list_ms(20 if quick else 100),
    )
    results.timed(
        "export 52 weeks of entries to CSV",
        "bundled",
        figures_shopping.export_52_weeks_ms(3 if quick else 10),
        target="< 500 ms",
    )
    limit, kb = figures_limits.at_the_limit_ms(3 if quick else 10)
    for step, name in (
        ("load", "load"),
        ("export", "export to CSV"),
        ("assess", "judge"),
        ("balance", "balance and save"),
    ):
        results.timed(
            f"{name} a plan at the size limit",
            "bundled",
            limit[step],
            note=f"{figures_limits.ENTRIES:,} entries, {kb:.0f} kB",
        )


def measure_window_400k(results: Results, quick: bool) -> None:
    """The window started over a data folder holding the imported 400,000-food table."""
    seconds, peaks, foods = ui_figures.window_with_library(
        figures_import.library_path(), 3 if quick else 7
    )
    if foods < figures_import.FOODS:
        raise RuntimeError(f"the window held {foods} foods, not the imported table's")
    results.timed(
        "process start to window shown, with the imported table",
        "400,000",
        seconds,
        "s",
        target="< 2 s",
        note=f"{foods:,} foods",
    )
    results.value(
        "peak memory of that window (highest of the starts)",
        "400,000",
        max(peaks),
        "MB",
        target="< 300 MB",
    )


def measure_import(results: Results) -> None:
    """The synthetic 400,000-food FoodData Central download, imported in a fresh process."""
    figures = figures_import.import_fdc_400k()
    note = f"{figures['zip_mb']} MB zip, {figures['progress_calls']} progress reports"
    results.value(
        "import a 400,000-food FDC download", "400,000", figures["seconds"], "s", note=note
    )
    results.value(
        "store it in the data folder (checked, columns, word index)",
        "400,000",
        figures["store_seconds"],
        "s",
    )
    results.value(
        "peak memory during that import", "400,000", figures["peak_rss_mb"], "MB", target="< 1 GB"
    )
    results.timed(
        "search, one query, over the imported foods (best of 3)",
        "400,000",
        figures_import.search_400k_ms(),
        target="< 50 ms",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--no-400k", action="store_true", help="skip the 400,000-food table")
    args = parser.parse_args(argv)

    results = Results(machine=machine())
    sizes: dict[str, Callable[[], FoodTable | None]] = {
        "bundled": tables.bundled,
        "NEVO-shaped": tables.nevo_shaped,
        "8,789": tables.usda,
    }
    if not args.no_400k:
        figures_import.library_path()  # imported once, before "load table" times opening it
        sizes["400,000"] = tables.imported
    measure_domain(results, sizes, args.quick)
    results.attempt("window and features", lambda: measure_features(results, args.quick))
    if not args.no_400k:
        results.attempt(
            "window with 400,000 foods", lambda: measure_window_400k(results, args.quick)
        )
        results.attempt("400,000-food import", lambda: measure_import(results))

    print(markdown(results))
    args.json.write_text(
        json.dumps(
            {
                "machine": results.machine,
                "figures": [asdict(f) for f in results.figures],
                "search_per_query_ms": results.queries,
                "failures": results.failures,
            },
            indent=1,
        )
    )
    print(f"\n(written to {args.json})", file=sys.stderr)
    could_not = [f for f in results.failures if "skipped" not in f]
    return 1 if could_not else 0


def markdown(results: Results) -> str:
    m = results.machine
    lines = [
        f"Measured {m['date']} on {m['cores']} cores ({m['cpu']}), Python {m['python']}, "
        f"PySide6 {m['pyside6']}, pandas {m['pandas']}, numpy {m['numpy']}.",
        "",
        "| figure | table | median | 95th pct | target |",
        "|---|---|---|---|---|",
    ]
    for f in results.figures:
        p95 = "" if f.p95 is None else f"{f.p95:.3g} {f.unit}"
        note = f" ({f.note})" if f.note else ""
        lines.append(
            f"| {f.name}{note} | {f.table} | {f.median:.3g} {f.unit} | {p95} | {f.target} |"
        )
    tables = list(dict.fromkeys(t for by_table in results.queries.values() for t in by_table))
    if tables:
        lines += [
            "",
            "Search through the planner, per query (median / 95th percentile, ms):",
            "",
            "| query | " + " | ".join(tables) + " |",
            "|---" * (len(tables) + 1) + "|",
        ]
        for query, by_table in results.queries.items():
            cells = [
                f"{by_table[t][0]:.3g} / {by_table[t][1]:.3g}" if t in by_table else ""
                for t in tables
            ]
            lines.append(f"| {query} | " + " | ".join(cells) + " |")
    lines += [f"\nNot measured: {f}" for f in results.failures]
    return "\n".join(lines)
