"""Figures for the shopping list and the CSV export.

    (measured by `.venv/bin/python -m bench`)

"52 weeks" is a year of records in one file: 52 full weeks (7 days x 4 meals x 6 entries,
8,736 entries, foods spread over the bundled table) exported as one entries CSV with food
names and the four nutrient columns, then written to disk atomically. Each sample is the
whole year, in the standard dialect (the Excel NL dialect differs only in its separators).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from bench.timing import repeat
from planner import csv_io
from planner.file_io import write_atomic
from planner.foods import FoodTable
from planner.plan import MEALS, Entry, Plan
from planner.shopping import shopping_list

WEEKS = 52


def full_week(foods: FoodTable, start: dt.date, seed: int = 0) -> Plan:
    """7 days x 4 meals x 6 entries, household of 4, a different spread of foods per seed."""
    ids = foods.frame["food_id"].to_numpy()
    plan = Plan(start=start, household_size=4)
    for day in range(7):
        for m, meal in enumerate(MEALS):
            for i in range(6):
                food = ids[((day * 24 + m * 6 + i) * 7 + seed * 13) % len(ids)]
                plan.add(day, meal, Entry(str(food), 50.0 + i * 10 + seed % 5))
    return plan


def shopping_list_ms(times: int = 100) -> list[float]:
    """Milliseconds to build the shopping list of one full week (168 entries)."""
    foods = FoodTable.load()
    plan = full_week(foods, dt.date(2026, 11, 30))
    return repeat(lambda: shopping_list(plan, foods), times)


def export_52_weeks_ms(times: int = 10) -> list[float]:
    """Milliseconds to export 52 full weeks of entries as one CSV file, written to disk."""
    foods = FoodTable.load()
    first = dt.date(2026, 1, 5)
    weeks = [full_week(foods, first + dt.timedelta(weeks=w), seed=w) for w in range(WEEKS)]
    dialect = csv_io.DIALECTS["standard"]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "year.csv"

        def export() -> None:
            rows = [row for plan in weeks for row in csv_io.entries_rows(plan, foods)]
            write_atomic(out, csv_io.write_table(csv_io.ENTRY_COLUMNS, rows, dialect))

        return repeat(export, times)
