"""Figures for balancing: one day and the whole sample week, with the bundled table.

    (measured by `.venv/bin/python -m bench`)

A day sample balances one day of the sample week, each of the seven in turn (so the slowest
day shows in the maximum); a week sample balances all seven. Each sample is one call of
planner.balance.balance with the table and the targets already loaded, as the window makes
it; it includes the single-fix search, the candidate choice, HiGHS and the before/after
assessments.
"""

from __future__ import annotations

import itertools

from bench.timing import repeat
from planner import DATA_DIR, storage
from planner.balance import balance
from planner.foods import FoodTable
from planner.targets import ReferenceIntakes


def _sample():
    foods = FoodTable.load()
    plan = storage.load(DATA_DIR / "sample-week.json")
    return plan, foods, ReferenceIntakes.load().for_profile(plan.profile)


def balance_day_ms(times: int = 21) -> list[float]:
    """Milliseconds to balance one day of the sample week, the days in turn."""
    plan, foods, targets = _sample()
    days = itertools.cycle(range(7))
    return repeat(lambda: balance(plan, foods, targets, days=[next(days)]), times)


def balance_week_ms(times: int = 10) -> list[float]:
    """Milliseconds to balance the whole sample week."""
    plan, foods, targets = _sample()
    return repeat(lambda: balance(plan, foods, targets), times)


def added_energy_percent() -> float:
    """The energy the balanced sample week adds, as % of the week's energy."""
    plan, foods, targets = _sample()
    result = balance(plan, foods, targets)
    return 100 * result.energy_added() / float(result.before.totals.known["energy_kcal"].sum())
