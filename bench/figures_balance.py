"""Figures for balancing: one day and a whole week, over the sample week and the example weeks
in data/examples, with the bundled table.

    (measured by `.venv/bin/python -m bench`)

A day sample balances one day of one week, each day of each week in turn (so the slowest
day shows in the 95th percentile); a week sample balances a whole week, the weeks in turn.
Each sample is one call of planner.balance.balance with the table and the targets already
loaded, as the window makes it; it includes the candidate choice, HiGHS and the before and
after assessments.
"""

from __future__ import annotations

import itertools
from functools import cache

from bench.timing import repeat
from planner import DATA_DIR, SAMPLE_WEEK, storage
from planner.balance import BalanceResult, balance
from planner.foods import FoodTable
from planner.plan import Plan
from planner.targets import DailyTargets, ReferenceIntakes

EXAMPLES = DATA_DIR / "examples"


@cache
def _weeks() -> list[tuple[Plan, FoodTable, DailyTargets]]:
    foods, intakes = FoodTable.load(), ReferenceIntakes.load()
    paths = [SAMPLE_WEEK] + sorted(EXAMPLES.glob("*.json"))
    plans = [storage.load(path) for path in paths]
    return [(plan, foods, intakes.for_profile(plan.profile)) for plan in plans]


def weeks_measured() -> int:
    return len(_weeks())


def balance_day_ms(times: int = 28) -> list[float]:
    """Milliseconds to balance one day, each day of each week in turn."""
    days = itertools.cycle([(week, day) for week in _weeks() for day in range(7)])

    def one() -> None:
        (plan, foods, targets), day = next(days)
        balance(plan, foods, targets, days=[day])

    return repeat(one, times)


def balance_week_ms(times: int = 12) -> list[float]:
    """Milliseconds to balance a whole week, the weeks in turn."""
    weeks = itertools.cycle(_weeks())

    def one() -> None:
        balance(*next(weeks))

    return repeat(one, times)


# Balanced once for the three figures below (balancing leaves the plans as they were).
@cache
def _balanced() -> list[tuple[Plan, FoodTable, BalanceResult]]:
    return [(plan, foods, balance(plan, foods, targets)) for plan, foods, targets in _weeks()]


def added_energy_percent() -> float:
    """The energy the balanced sample week adds, as % of the week's energy."""
    _, _, result = _balanced()[0]
    return 100 * result.energy_added() / float(result.before.totals.known["energy_kcal"].sum())


def most_energy_a_day_gains_percent() -> float:
    """Over every balanced week, the largest share of energy one day gains."""
    return max(
        100 * result.energy_added(d) / float(result.before.totals.known["energy_kcal"].iat[d])
        for _, _, result in _balanced()
        for d in result.days
    )


def swaps_and_sources_percent() -> float:
    """Of all the changes to every week, the share that are swaps or additions of the
    magnesium sources the table marks (whole grains, nuts, seeds, pulses, ...)."""
    changes = [(foods, c) for _, foods, result in _balanced() for c in result.changes]
    good = sum(
        c.is_swap or bool(foods.mg_source[foods.position(c.food_id)]) for foods, c in changes
    )
    return 100 * good / max(len(changes), 1)
