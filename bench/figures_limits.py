"""Figures for a plan at the size limit: every meal of the week holding the most entries a meal
can (planner.schema.MAX_ENTRIES_PER_MEAL, 2,800 entries), foods spread over the bundled table.

    (measured by `.venv/bin/python -m bench`)

Each sample is what the command line does with such a plan file, with the food table and the
targets already loaded: load it (read, parse, check), export its entries to CSV and write the
file, judge the week (day totals, targets, flags), balance the whole week and save the result.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.timing import repeat
from planner import csv_io, storage
from planner.balance import balance
from planner.file_io import write_atomic
from planner.foods import FoodTable
from planner.plan import DAYS, MEALS, Entry, Plan
from planner.schema import MAX_ENTRIES_PER_MEAL
from planner.targets import ReferenceIntakes
from planner.totals import assess

ENTRIES = DAYS * len(MEALS) * MAX_ENTRIES_PER_MEAL


def plan_at_the_limit(foods: FoodTable) -> Plan:
    ids = foods.frame["food_id"].to_numpy()
    plan = Plan(start=dt.date(2026, 11, 30), household_size=4)
    for day in range(DAYS):
        for m, meal in enumerate(MEALS):
            plan.add_entries(
                day,
                meal,
                [
                    Entry(
                        str(ids[((day * 4 + m) * MAX_ENTRIES_PER_MEAL + i) * 7 % len(ids)]),
                        0.5 + i % 3 * 0.25,
                    )
                    for i in range(MAX_ENTRIES_PER_MEAL)
                ],
            )
    return plan


def at_the_limit_ms(times: int) -> tuple[dict[str, list[float]], float]:
    """Milliseconds for each step, and the plan file's size in kB."""
    foods = FoodTable.load()
    plan = plan_at_the_limit(foods)
    targets = ReferenceIntakes.load().for_profile(plan.profile)
    dialect = csv_io.DIALECTS["standard"]
    with tempfile.TemporaryDirectory() as folder:
        path, csv, balanced = (
            Path(folder) / name for name in ("week.json", "week.csv", "balanced.json")
        )
        storage.save(plan, path)
        steps: dict[str, Callable[[], object]] = {
            "load": lambda: storage.load(path),
            "export": lambda: write_atomic(csv, csv_io.export_entries(plan, foods, dialect)),
            "assess": lambda: assess(plan, foods, targets),
            "balance": lambda: storage.save(balance(plan, foods, targets).plan, balanced),
        }
        return (
            {name: repeat(step, times) for name, step in steps.items()},
            path.stat().st_size / 1024,
        )
