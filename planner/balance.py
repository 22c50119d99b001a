"""Balancing a day or the week: for each day, a small mixed-integer programme (scipy's milp,
HiGHS) picks among the changes planner.changes allows: swaps of planned foods, and whole
household steps of foods added.

What it aims at, per day (targets and limits count the daily supplements):
- hard: no upper limit passed (calcium, vitamin D, caffeine in pregnancy and breastfeeding;
  a day already over one gets nothing that adds to it), at most 10 % more energy, at most
  MAX_CHANGES_PER_DAY changes, one change per entry and one new form of a food family per
  meal;
- soft, heaviest first: the magnesium target, the calcium target, a gentle pull of vitamin D
  toward its target and, when the plan asks for it, a nudge of the Ca:Mg ratio (from food)
  toward its band;
- at the least disruption, in kcal-equivalents: a swap costs least, then adding one of the
  magnesium sources Magplan is built around (whole grains, nuts, seeds, pulses, leafy greens,
  avocado, banana, dark chocolate), then any other food; foods already in the plan and
  favourites a little less; and a weight on the energy and the steps added.

The week is balanced day by day, the day with the largest magnesium gap first, each day
optimal given the days before it: a food family added on as many days as the weekly limit
allows is no longer added (swaps are not limited). One programme for the whole week would be
optimal across days, but HiGHS takes seconds over it where seven small ones take a fraction
of a second.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from planner.changes import (
    CA,
    CAFFEINE,
    COLUMNS,
    KCAL,
    MG,
    VIT_D,
    Change,
    DayState,
    Option,
    additions,
    allowed,
    apply_changes,
    capacity,
    day_states,
    eligible,
    swaps,
)
from planner.foods import FoodTable
from planner.plan import MEALS, Plan, day_parts
from planner.targets import DailyTargets
from planner.totals import Assessment, assess

MAX_USES = 3  # days a week balancing may add one food family to
# What a person could still eat: however far a day is from a target, balancing makes at
# most this many changes to it and adds at most this share of its energy.
MAX_CHANGES_PER_DAY, ENERGY_SHARE = 6, 0.10
# Candidates for adding: the best magnesium sources and foods by magnesium, calcium and
# vitamin D per kcal, plus the plan's own foods and favourites, one form per food family.
TOP_SOURCES, TOP_BY_MAGNESIUM, TOP_BY_CALCIUM, TOP_BY_VITAMIN_D = 12, 6, 6, 3
# The cost of a change in kcal-equivalents, by kind: a swap (SWAP_OTHER more when what comes
# in is not one of the seed's sources), an addition of a source, of any other food. A food in
# the plan or a favourite costs PREFERRED less, a new food in a meal that has one of its store
# section SAME_SECTION more.
# Each added kcal costs ENERGY_WEIGHT and each step STEP_COST.
SWAP_COST, SWAP_OTHER, SOURCE_COST, ADD_COST = 10.0, 5.0, 25.0, 60.0
PREFERRED, SAME_SECTION = 10.0, 30.0
ENERGY_WEIGHT, STEP_COST = 0.25, 1.0
# Penalty per unit short of a soft bound: per mg, per µg for vitamin D, per mg of calcium
# for the ratio's band.
PENALTY_MAGNESIUM, PENALTY_CALCIUM, PENALTY_VITAMIN_D, PENALTY_RATIO = 1e3, 0.2, 2.0, 0.2
# Aim a hair inside every bound so rounding never leaves a day a fraction of a mg short.
MARGIN = 0.01
TIME_LIMIT_S = 0.5  # per day; HiGHS then returns the best it found


class Bound(StrEnum):
    MAGNESIUM_TARGET = "magnesium target"
    CALCIUM_TARGET = "calcium target"
    CALCIUM_LIMIT = "calcium upper limit"
    VITAMIN_D_LIMIT = "vitamin D upper limit"


@dataclass(frozen=True)
class Unmet:
    bound: Bound
    date: dt.date

    def __str__(self) -> str:
        return f"{self.bound} on {self.date.isoformat()}"


@dataclass(frozen=True)
class BalanceResult:
    plan: Plan  # a balanced copy; the input plan is left as it was
    changes: list[Change]  # in day and meal order
    before: Assessment
    after: Assessment
    days: tuple[int, ...]  # the days balanced
    skipped: tuple[int, ...]  # days asked for with nothing planned: left empty
    unmet: list[Unmet]

    def energy_added(self, day: int | None = None) -> float:
        return sum(c.effects["energy_kcal"] for c in self.changes if day in (None, c.day))


def balance(
    plan: Plan,
    foods: FoodTable,
    targets: DailyTargets,
    days: Iterable[int] | None = None,
    exclude: Iterable[str] = (),
    allow: Iterable[str] = (),
    max_uses: int = MAX_USES,
    progress: Callable[[int, int], None] | None = None,
) -> BalanceResult:
    """The best changes for the days (every day by default) and the bounds left unmet.

    exclude names exclusions (nuts, dairy, ...) on top of the plan's; allow names families of
    NEVER_ADDED (coffee, tea, water, bran, poppy seeds) the user asks for. progress, when
    given, is told (days done, days to do) after each day; it may raise to stop the work.
    """
    asked = tuple(range(len(plan.days))) if days is None else tuple(dict.fromkeys(days))
    for day in asked:
        plan.day(day)
    swappable = allowed(plan, foods, exclude, allow)
    addable = eligible(swappable, foods)
    before = assess(plan, foods, targets)
    chosen = tuple(d for d in asked if before.days[d].entries)
    states = day_states(plan, before.totals, targets)
    added_on: Counter[str] = Counter()  # food family -> days it was added to
    changes: list[Change] = []
    for done, day in enumerate(sorted(chosen, key=lambda d: (-states[d].mg_gap, d))):
        if progress is not None:
            progress(done, len(chosen))
        spent = [family for family, n in added_on.items() if n >= max_uses]
        rows = addable[~np.isin(foods.family[addable], spent)]
        made = balance_day(plan, foods, states[day], rows, swappable)
        added_on.update({foods.family[foods.position(c.food_id)] for c in made if not c.is_swap})
        changes += made
    if progress is not None:
        progress(len(chosen), len(chosen))
    changes.sort(key=lambda c: (c.day, MEALS.index(c.meal)))
    balanced = apply_changes(plan, changes)
    after = assess(balanced, foods, targets)
    return BalanceResult(
        balanced,
        changes,
        before,
        after,
        chosen,
        tuple(d for d in asked if d not in chosen),
        unmet_bounds(after, chosen),
    )


def balance_day(
    plan: Plan, foods: FoodTable, state: DayState, rows: np.ndarray, swap_rows: np.ndarray
) -> list[Change]:
    """The best changes to one day: additions of the rows, swaps to the swap rows."""
    options = additions(plan, foods, state.day, _candidates(plan, foods, state.day, rows)) + swaps(
        plan, foods, state.day, swap_rows
    )
    if not options:
        return []
    counts = _solve(plan, foods, state, options)
    return [
        option.change(plan, foods, state.day, int(n)) for option, n in zip(options, counts) if n
    ]


def unmet_bounds(after: Assessment, days: Iterable[int]) -> list[Unmet]:
    """The bounds a balanced plan misses on the days balanced, supplements counted."""
    out = []
    for d in days:
        day = after.days[d]
        mg, ca, vit_d = (day.with_supplements[k] for k in ("magnesium", "calcium", "vitamin_d"))
        if mg.amount < mg.target:
            out.append(Unmet(Bound.MAGNESIUM_TARGET, day.date))
        if ca.limit is not None and ca.amount > ca.limit:
            out.append(Unmet(Bound.CALCIUM_LIMIT, day.date))
        if ca.amount < ca.target:
            out.append(Unmet(Bound.CALCIUM_TARGET, day.date))
        if vit_d.limit is not None and vit_d.amount > vit_d.limit:
            out.append(Unmet(Bound.VITAMIN_D_LIMIT, day.date))
    return out


def _candidates(plan: Plan, foods: FoodTable, day: int, rows: np.ndarray) -> np.ndarray:
    """The rows worth offering to a day, one form per food family: the form the day has,
    else the one the plan has, else the best by magnesium per kcal."""
    values = foods.values[rows][:, COLUMNS]
    per_kcal = values / np.maximum(values[:, KCAL], 1.0)[:, None]

    def best(mask: np.ndarray, effect: int, count: int) -> np.ndarray:
        at = np.flatnonzero(mask)
        return at[np.argsort(-per_kcal[at, effect], kind="stable")[:count]]

    everything = np.ones(len(rows), dtype=bool)
    own = np.isin(foods.ids[rows], sorted(plan.food_ids() | plan.favourites))
    picked = np.unique(
        np.concatenate(
            [
                best(foods.mg_source[rows], MG, TOP_SOURCES),
                best(everything, MG, TOP_BY_MAGNESIUM),
                best(everything, CA, TOP_BY_CALCIUM),
                best(~np.isnan(values[:, VIT_D]), VIT_D, TOP_BY_VITAMIN_D),
                np.flatnonzero(own),
            ]
        )
    )
    on_day = np.isin(
        foods.ids[rows[picked]], [p.food_id for _, _, p in day_parts(plan.day(day).entries())]
    )
    order = np.lexsort((-per_kcal[picked, MG], ~own[picked], ~on_day))
    _, first = np.unique(foods.family[rows[picked[order]]], return_index=True)
    return rows[picked[order[np.sort(first)]]]


def _solve(plan: Plan, foods: FoodTable, state: DayState, options: list[Option]) -> np.ndarray:
    """Steps per option of the best changes to one day.

    Variables: a step count and a used flag per option, then one slack per soft bound. The
    flag costs the change and must be on for any step: count <= most x used.
    """
    n = len(options)
    known = np.array([o.per_step for o in options])
    per_step = np.nan_to_num(known)
    most = np.array([o.most for o in options], dtype=float)
    # Unknown is not zero: under a caffeine limit (pregnancy, breastfeeding) a food whose
    # caffeine is not known (a chocolate dessert) is not added or swapped in.
    if np.isfinite(state.room[CAFFEINE]):
        most[np.isnan(known[:, CAFFEINE])] = 0
    gap = state.gap
    # Soft bounds as (added per step, what the day needs added, penalty per unit short).
    soft = [
        (per_step[:, MG], _short_by(gap[MG]), PENALTY_MAGNESIUM),
        (per_step[:, CA], _short_by(gap[CA]), PENALTY_CALCIUM),
        (per_step[:, VIT_D], gap[VIT_D], PENALTY_VITAMIN_D),
    ]
    mg, ca = state.food[MG], state.food[CA]
    if plan.ratio_nudge and mg > 0:  # a day without magnesium has no ratio to nudge
        low, high = state.band
        soft += [
            (per_step[:, CA] - low * per_step[:, MG], low * mg - ca + MARGIN, PENALTY_RATIO),
            (high * per_step[:, MG] - per_step[:, CA], ca - high * mg + MARGIN, PENALTY_RATIO),
        ]
    k = len(soft)
    # Hard upper bounds on what the changes add: limits, energy, the number of changes, and
    # no more options per key than its capacity (an entry, a family's place in a meal, room
    # in a meal).
    room = state.room
    room[KCAL] = ENERGY_SHARE * state.food[KCAL]
    limited = np.flatnonzero(np.isfinite(room))
    keys: dict[tuple, list[int]] = {}
    for i, option in enumerate(options):
        for key in option.keys(foods):
            keys.setdefault(key, []).append(i)
    limits = {key: capacity(plan, state.day, key) for key in keys}
    shared = [key for key, members in keys.items() if len(members) > limits[key]]
    sharing = np.zeros((len(shared), n))
    for r, key in enumerate(shared):
        sharing[r, keys[key]] = 1
    matrix = np.block(
        [
            [np.array([added for added, _, _ in soft]), np.zeros((k, n)), np.eye(k)],
            [np.eye(n), -np.diag(most), np.zeros((n, k))],  # count <= most x used
            [per_step[:, limited].T, np.zeros((len(limited), n + k))],  # limits and energy
            [np.zeros((1, n)), np.ones((1, n)), np.zeros((1, k))],  # changes
            [np.zeros((len(shared), n)), sharing, np.zeros((len(shared), k))],
        ]
    )
    lower = np.concatenate(
        [[need for _, need, _ in soft], np.full(n + len(limited) + 1 + len(shared), -np.inf)]
    )
    upper = np.concatenate(
        [
            np.full(k, np.inf),
            np.zeros(n),
            np.maximum(room[limited] - MARGIN, 0.0),
            [MAX_CHANGES_PER_DAY],
            [limits[key] for key in shared],
        ]
    )
    objective = np.concatenate(
        [_costs(plan, foods, state.day, options, per_step), [penalty for _, _, penalty in soft]]
    )
    # scipy.optimize takes a third of a second to import: load it at the first balance, not
    # at every start of the window.
    from scipy.optimize import Bounds, LinearConstraint, milp

    result = milp(
        objective,
        integrality=np.concatenate([np.ones(2 * n), np.zeros(k)]),
        bounds=Bounds(0, np.concatenate([most, np.ones(n), np.full(k, np.inf)])),
        constraints=LinearConstraint(matrix, lower, upper),
        options={"time_limit": TIME_LIMIT_S},
    )
    if result.x is None:  # changing nothing is always feasible, so this is HiGHS failing
        return np.zeros(n, dtype=int)
    return np.rint(result.x[:n]).astype(int)


def _costs(
    plan: Plan, foods: FoodTable, day: int, options: list[Option], per_step: np.ndarray
) -> np.ndarray:
    """Per step of each option, then per option taken.

    A step costs the energy it adds, weighed, and a little for its size; a swap's energy is in
    its change cost, so a swap that saves energy is not made for that alone. An option costs
    a swap's cost with its added energy, or an addition's cost by kind, more for a new food
    beside one of its store section (a second vegetable at dinner)."""
    rows = np.array([o.row for o in options])
    swap = np.array([o.replaces is not None for o in options])
    energy = ENERGY_WEIGHT * np.maximum(per_step[:, KCAL], 0.0)
    preferred = np.isin(foods.ids[rows], sorted(plan.food_ids() | plan.favourites))
    planned = day_parts(plan.day(day).entries())
    positions = foods.positions([p.food_id for _, _, p in planned])
    present = {
        (meal, foods.section_codes[r]) for (meal, _, _), r in zip(planned, positions) if r >= 0
    }
    beside = np.array(
        [o.entry_index is None and (o.meal, foods.section_codes[o.row]) in present for o in options]
    )
    added = (
        np.where(foods.mg_source[rows], SOURCE_COST, ADD_COST)
        - PREFERRED * preferred
        + SAME_SECTION * beside
    )
    swapped = SWAP_COST + SWAP_OTHER * ~foods.mg_source[rows].astype(bool) + energy
    return np.concatenate([np.where(swap, 0.0, energy + STEP_COST), np.where(swap, swapped, added)])


def _short_by(gap: float) -> float:
    """What must be added to close a gap, a hair more so rounding cannot leave it open."""
    return gap + MARGIN if gap > 0 else 0.0
