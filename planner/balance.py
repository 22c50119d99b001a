"""Balancing a day or the week: for each day, a small mixed-integer programme (scipy's milp,
HiGHS) picks a whole number of household steps of each candidate food (planner.suggestions
says which steps and which meal).

The calcium upper limit (food and supplement) is hard: nothing takes a day over it, and a day
already over it through a supplement gets nothing that has calcium. Every other bound has a
penalised slack, so a day always has a solution: the best one meets each bound it can, and the
result names the bounds it could not meet. The objective is in kcal:

    added energy + a cost per change (lower for foods in the plan and favourites)
    + penalties, heaviest first: magnesium target, Ca:Mg band, calcium target,
      and a gentle pull of vitamin D toward its target.

A day whose cheapest single-food fix already keeps every bound gets no more energy than that
fix (a hard constraint). Targets count food only, as the report judges them; the calcium limit
and the vitamin D pull count supplements too.

The week is balanced day by day, the day with the largest magnesium gap first, each day
optimal given the days before it: a food added on as many days as the weekly limit allows is
no longer a candidate. One programme for the whole week would be optimal across days, but
HiGHS takes seconds over it where seven small ones take a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from planner.foods import FoodTable
from planner.plan import MEALS, Plan
from planner.suggestions import (CA, KCAL, MG, VIT_D, Change, DayState, apply_changes,
                                 cheapest_fix_for, day_states, eligible, make_change, steps)
from planner.targets import DailyTargets
from planner.totals import Assessment, assess

MAX_USES = 3                    # days a week the same food may be added to
# What a person could still eat: however far a day is from a target, balancing adds at most
# this many foods and this much energy to it.
MAX_CHANGES_PER_DAY, MAX_KCAL_PER_DAY = 6, 500.0
# Candidates: the best foods by magnesium, calcium and vitamin D per kcal, plus the plan's own
# foods, the favourites and the day's cheapest fix. Enough choice, and a day solves fast.
TOP_BY_MAGNESIUM, TOP_BY_CALCIUM, TOP_BY_VITAMIN_D = 12, 6, 3
CHANGE_COST, PREFERRED_CHANGE_COST = 20.0, 10.0     # kcal-equivalents per change
# Penalty per unit of slack, in kcal: per mg, per µg for vitamin D.
PENALTY_MAGNESIUM, PENALTY_RATIO, PENALTY_CALCIUM_TARGET, PENALTY_VITAMIN_D = 1e3, 1e2, 10.0, 2.0
# Aim a hair inside every bound so rounding never leaves a day a fraction of a mg short.
MARGIN = 0.01
TIME_LIMIT_S = 0.5              # per day; HiGHS then returns the best it found


class Bound(StrEnum):
    MAGNESIUM_TARGET = "magnesium target"
    CALCIUM_TARGET = "calcium target"
    CALCIUM_LIMIT = "calcium upper limit"
    RATIO_BAND = "Ca:Mg band"


@dataclass(frozen=True)
class Unmet:
    bound: Bound
    date: dt.date

    def __str__(self) -> str:
        return f"{self.bound} on {self.date.isoformat()}"


@dataclass(frozen=True)
class BalanceResult:
    plan: Plan                  # a balanced copy; the input plan is left as it was
    changes: list[Change]       # in day and meal order
    before: Assessment
    after: Assessment
    days: tuple[int, ...]       # the days balanced
    skipped: tuple[int, ...]    # days asked for with nothing planned: left empty
    unmet: list[Unmet]

    def energy_added(self, day: int | None = None) -> float:
        return sum(c.effects["energy_kcal"] for c in self.changes if day in (None, c.day))


def balance(plan: Plan, foods: FoodTable, targets: DailyTargets,
            days: Iterable[int] | None = None, exclude: Iterable[str] = (),
            max_uses: int = MAX_USES) -> BalanceResult:
    """The best additions for the days (every day by default) and the bounds left unmet."""
    asked = tuple(range(len(plan.days))) if days is None else tuple(dict.fromkeys(days))
    for day in asked:
        plan.day(day)
    allowed = eligible(plan, foods, exclude)
    before = assess(plan, foods, targets)
    chosen = tuple(d for d in asked if before.days[d].entries)
    states = day_states(plan, foods, targets)
    uses: Counter[str] = Counter()
    changes: list[Change] = []
    for day in sorted(chosen, key=lambda d: (-states[d].mg_gap, d)):
        spent = [food_id for food_id, n in uses.items() if n >= max_uses]
        rows = allowed[~np.isin(foods.ids[allowed], spent)]
        added = balance_day(plan, foods, states[day], rows)
        uses.update(c.food_id for c in added)
        changes += added
    changes.sort(key=lambda c: (c.day, MEALS.index(c.meal)))
    balanced = apply_changes(plan, changes)
    after = assess(balanced, foods, targets)
    return BalanceResult(balanced, changes, before, after, chosen,
                         tuple(d for d in asked if d not in chosen),
                         unmet_bounds(before, after, chosen))


def balance_day(plan: Plan, foods: FoodTable, state: DayState, rows: np.ndarray
                ) -> list[Change]:
    """The optimal additions to one day from the rows (eligible foods)."""
    fix = cheapest_fix_for(plan, foods, state, rows)
    candidates = _candidates(plan, foods, rows, fix.change.food_id if fix else None)
    if not len(candidates):
        return []
    cap = fix.change.effects["energy_kcal"] if fix else None
    counts = _solve(plan, foods, state, candidates, cap)
    return [make_change(plan, foods, state.day, int(candidates[f]), int(counts[f]))
            for f in np.flatnonzero(counts)]


def unmet_bounds(before: Assessment, after: Assessment, days: Iterable[int]) -> list[Unmet]:
    """The bounds a balanced plan misses on the days balanced.

    The Ca:Mg band counts only on days whose input had a ratio to move.
    """
    out = []
    supplement = after.supplements.get("calcium_mg", 0.0)
    low, high = after.ratio_band
    for d in days:
        day = after.days[d]
        mg, ca = day.food["magnesium"], day.food["calcium"]
        if mg.amount < mg.target:
            out.append(Unmet(Bound.MAGNESIUM_TARGET, day.date))
        if ca.limit is not None and ca.amount + supplement > ca.limit:
            out.append(Unmet(Bound.CALCIUM_LIMIT, day.date))
        if ca.amount < ca.target:
            out.append(Unmet(Bound.CALCIUM_TARGET, day.date))
        if before.days[d].ratio is not None and not low <= (day.ratio or 0.0) <= high:
            out.append(Unmet(Bound.RATIO_BAND, day.date))
    return out


def _candidates(plan: Plan, foods: FoodTable, rows: np.ndarray, fix: str | None) -> np.ndarray:
    per_kcal = foods.values[rows] / np.maximum(foods.values[rows, KCAL], 1.0)[:, None]
    with_d = np.flatnonzero(~np.isnan(per_kcal[:, VIT_D]))
    own = foods.positions(sorted(plan.food_ids() | plan.favourites | {fix} - {None}))
    return np.unique(np.concatenate([
        rows[np.argsort(-per_kcal[:, MG], kind="stable")[:TOP_BY_MAGNESIUM]],
        rows[np.argsort(-per_kcal[:, CA], kind="stable")[:TOP_BY_CALCIUM]],
        rows[with_d[np.argsort(-per_kcal[with_d, VIT_D], kind="stable")[:TOP_BY_VITAMIN_D]]],
        np.intersect1d(own, rows),
    ])).astype(int)


def _solve(plan: Plan, foods: FoodTable, state: DayState, rows: np.ndarray,
           cap: float | None) -> np.ndarray:
    """Step counts per candidate row of the optimal additions to one day.

    Variables: a step count and a used flag per candidate, then one slack per soft bound. The
    flag costs a change and must be on for any step: count <= most x used.
    """
    n = len(rows)
    step, most, _ = steps(plan, foods, state.day, rows)
    # Added per step; a vitamin D the table lacks adds nothing known.
    kcal, mg, ca, vit_d = (np.nan_to_num(foods.values[rows, j]) * step / 100
                           for j in (KCAL, MG, CA, VIT_D))
    low, high = state.band
    # Soft bounds as (added per step, what the day needs added, penalty per unit short).
    soft = [(mg, _short_by(state.mg_gap), PENALTY_MAGNESIUM),
            (ca, _short_by(state.ca_target - state.calcium), PENALTY_CALCIUM_TARGET),
            (vit_d, state.d_target_gap, PENALTY_VITAMIN_D)]
    if state.magnesium > 0:             # a day without magnesium has no ratio to keep
        soft += [(ca - low * mg, low * state.magnesium - state.calcium + MARGIN, PENALTY_RATIO),
                 (high * mg - ca, state.calcium - high * state.magnesium + MARGIN, PENALTY_RATIO)]
    k = len(soft)
    matrix = np.block([
        [np.array([added for added, _, _ in soft]), np.zeros((k, n)), np.eye(k)],
        [np.eye(n), -np.diag(most), np.zeros((n, k))],                 # count <= most x used
        [np.vstack([ca, kcal]), np.zeros((2, n + k))],                 # calcium limit, energy
        [np.zeros((1, n)), np.ones((1, n)), np.zeros((1, k))],         # changes
    ])
    energy = MAX_KCAL_PER_DAY if cap is None else min(cap + 1e-6, MAX_KCAL_PER_DAY)
    lower = np.concatenate([[need for _, need, _ in soft], np.full(n + 3, -np.inf)])
    upper = np.concatenate([np.full(k, np.inf), np.zeros(n),
                            [max(state.ca_room - MARGIN, 0.0), energy, MAX_CHANGES_PER_DAY]])
    preferred = np.isin(foods.ids[rows], sorted(plan.food_ids() | plan.favourites))
    objective = np.concatenate([kcal, np.where(preferred, PREFERRED_CHANGE_COST, CHANGE_COST),
                                [penalty for _, _, penalty in soft]])
    # scipy.optimize takes a third of a second to import: load it at the first balance, not
    # at every start of the window.
    from scipy.optimize import Bounds, LinearConstraint, milp

    result = milp(objective, integrality=np.concatenate([np.ones(2 * n), np.zeros(k)]),
                  bounds=Bounds(0, np.concatenate([most, np.ones(n), np.full(k, np.inf)])),
                  constraints=LinearConstraint(matrix, lower, upper),
                  options={"time_limit": TIME_LIMIT_S})
    if result.x is None:        # adding nothing is always feasible, so this is HiGHS failing
        return np.zeros(n, dtype=int)
    return np.rint(result.x[:n]).astype(int)


def _short_by(gap: float) -> float:
    """What must be added to close a gap, a hair more so rounding cannot leave it open."""
    return gap + MARGIN if gap > 0 else 0.0
