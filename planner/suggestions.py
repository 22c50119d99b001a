"""What one change to a day does: the foods a day may take, in which steps and meal, and the
best single changes for a day ranked by how much of the magnesium gap they close per kcal.

A change only adds: a new entry, or more of an entry already planned. Amounts come in household
steps: half a portion, or 5 g for nuts and seeds (up to 60 g a day), at most two portions a day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from planner.foods import NUTRIENTS, FoodTable
from planner.plan import MAX_GRAMS, MEALS, Entry, Plan, PlanError, Slot
from planner.targets import DailyTargets
from planner.totals import day_totals

# The effects a change reports, by food-table column.
EFFECTS = ("energy_kcal", "magnesium_mg", "calcium_mg", "vitamin_d_ug")
KCAL, MG, CA, VIT_D = (NUTRIENTS.index(c) for c in EFFECTS)

# An exclusion keeps the foods whose tag has this value.
EXCLUSION_TAGS = {
    "vegetarian": ("vegetarian", 1), "vegan": ("vegan", 1), "nuts": ("contains_nuts", 0),
    "fish": ("contains_fish", 0), "dairy": ("contains_dairy", 0),
    "gluten": ("contains_gluten", 0), "egg": ("contains_egg", 0), "soy": ("contains_soy", 0),
}
# Seasonings, fats, sauces, soups and ready meals are not what one adds to balance a day.
NOT_ADDED = ("herbs and spices", "fats and spreads", "other")
# A food is worth adding when one household portion brings at least this much magnesium,
# calcium or vitamin D: mineral water, greens and fortified drinks are in; coffee by the
# cup, beer and a pinch of cumin are out.
WORTH_A_PORTION = {MG: 20.0, CA: 100.0, VIT_D: 2.5}
GRAM_STEP_SECTIONS = ("nuts and seeds",)
GRAM_STEP, GRAM_STEP_MAX = 5.0, 60.0
HALF_PORTION_STEPS = 4          # at most two portions added to a day
# Where a food not yet in the week goes; anything else goes to dinner.
MEAL_BY_SECTION = {
    "nuts and seeds": "snack", "fruit": "snack", "sweets and snacks": "snack", "drinks": "snack",
    "bread and cereals": "breakfast", "dairy and eggs": "breakfast", "cheese": "breakfast",
}


@dataclass(frozen=True)
class Change:
    """More of one food on one day: a new entry in a meal, or a larger entry already planned."""

    day: int
    date: dt.date
    meal: str
    food_id: str
    grams_added: float
    entry_index: int | None        # the entry made larger; None for a new entry
    portions: float | None         # household portions added; None when counted in grams
    effects: dict[str, float]      # by EFFECTS column; NaN where the food lacks the value

    @property
    def is_new_entry(self) -> bool:
        return self.entry_index is None


@dataclass(frozen=True)
class Suggestion:
    change: Change
    closes_gap: bool               # magnesium reaches its target
    keeps_bounds: bool             # and calcium within target and limit, Ca:Mg in the band
    ratio_before: float | None
    ratio_after: float | None
    gap_per_kcal: float            # mg of the magnesium gap closed per added kcal


@dataclass(frozen=True)
class DayState:
    """A day's known totals of the nutrients that balancing steers, and its bounds."""

    day: int
    magnesium: float
    calcium: float
    mg_target: float
    ca_target: float
    ca_room: float          # calcium that fits under the limit with supplements; inf if none
    d_target_gap: float     # vitamin D (food and supplement) short of its target
    band: tuple[float, float]

    @property
    def mg_gap(self) -> float:
        return max(0.0, self.mg_target - self.magnesium)


def day_states(plan: Plan, foods: FoodTable, targets: DailyTargets) -> list[DayState]:
    known = day_totals(plan, foods).known
    limit = targets.limit("calcium")
    supplement = plan.supplements
    states = []
    for i in range(len(plan.days)):
        mg, ca, d = (float(known.iat[i, j]) for j in (MG, CA, VIT_D))
        room = np.inf if limit is None else limit - supplement.get("calcium_mg", 0.0) - ca
        d_gap = max(0.0, targets.target("vitamin_d") - d - supplement.get("vitamin_d_ug", 0.0))
        states.append(DayState(i, mg, ca, targets.target("magnesium"),
                               targets.target("calcium"), room, d_gap, plan.ratio_band))
    return states


def eligible(plan: Plan, foods: FoodTable, exclude: Iterable[str] = ()) -> np.ndarray:
    """Table rows that balancing may add: known magnesium, calcium and energy, none excluded."""
    values = foods.values
    ok = ~np.isnan(values[:, [KCAL, MG, CA]]).any(axis=1)
    ok &= ~foods.frame["section"].isin(NOT_ADDED).to_numpy()
    portion = values * foods.portion_g[:, None] / 100
    ok &= np.logical_or.reduce([portion[:, j] >= least for j, least in WORTH_A_PORTION.items()])
    for name in set(plan.exclusions) | set(exclude):
        if name not in EXCLUSION_TAGS:
            raise PlanError(f"unknown exclusion {name!r}")
        tag, keep = EXCLUSION_TAGS[name]
        ok &= foods.has_tag(tag) == bool(keep)
    disliked = foods.positions(sorted(plan.disliked))
    ok[disliked[disliked >= 0]] = False
    return np.flatnonzero(ok)


def steps(plan: Plan, foods: FoodTable, day: int, rows: np.ndarray
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: grams per step, the most steps the day may take, and whether a step is half
    a portion (else grams). An entry the addition enlarges stays within the plan's limit."""
    by_grams = foods.frame["section"].isin(GRAM_STEP_SECTIONS).to_numpy()[rows]
    step = np.where(by_grams, GRAM_STEP, foods.portion_g[rows] / 2)
    most = np.where(by_grams, int(GRAM_STEP_MAX // GRAM_STEP), HALF_PORTION_STEPS)
    room = np.floor((MAX_GRAMS - _planned_grams(plan, day, foods)[rows]) / step + 1e-9)
    return step, np.clip(np.minimum(most, room), 0, None).astype(int), ~by_grams


def _planned_grams(plan: Plan, day: int, foods: FoodTable) -> np.ndarray:
    """Per table row, the grams of the day's entry that an addition would enlarge (0 if none)."""
    entries = [entry for _, _, entry in plan.day(day).entries()][::-1]   # the first one wins
    rows = foods.positions([entry.food_id for entry in entries])
    grams = np.zeros(len(foods))
    for row, entry in zip(rows, entries):
        if row >= 0:
            grams[row] = entry.grams
    return grams


def placement(plan: Plan, day: int, food_id: str, section: str) -> tuple[str, int | None]:
    """The meal an addition goes to, and the entry it enlarges (None for a new entry).

    A food already on the day is enlarged where it stands; a food planned on another day goes
    to the meal it is most often in; any other food to the meal its store section suggests.
    """
    for meal, index, entry in plan.day(day).entries():
        if entry.food_id == food_id:
            return meal, index
    seen = Counter(meal for _, meal, e in plan.entries() if e.food_id == food_id)
    if seen:
        return max(MEALS, key=lambda m: (seen[m], -MEALS.index(m))), None
    return MEAL_BY_SECTION.get(section, "dinner"), None


def make_change(plan: Plan, foods: FoodTable, day: int, row: int, step_count: int) -> Change:
    """The change that adds step_count steps of the food at row to the day."""
    (step,), _, (by_portion,) = steps(plan, foods, day, np.array([row]))
    food_id = foods.ids[row]
    meal, index = placement(plan, day, food_id, foods.frame["section"].iat[row])
    grams = float(step * step_count)
    effects = {column: float(foods.values[row, j] * grams / 100)
               for column, j in zip(EFFECTS, (KCAL, MG, CA, VIT_D))}
    return Change(day, plan.days[day].date, meal, food_id, grams, index,
                  step_count / 2 if by_portion else None, effects)


def apply_changes(plan: Plan, changes: Iterable[Change]) -> Plan:
    """A copy of the plan with the changes made; the plan itself is left as it was.

    Larger entries keep their place and their household portions in proportion; new entries
    go at the end of their meal.
    """
    out = plan.copy()
    for change in changes:
        if change.entry_index is None:      # a new entry
            out.add(change.day, change.meal,
                    Entry(change.food_id, change.grams_added, change.portions))
            continue
        slot = Slot(change.day, change.meal, change.entry_index)
        entry = out.entry(slot)
        if entry.food_id != change.food_id:
            raise PlanError(f"entry {slot.index + 1} of {slot.meal} is no longer {change.food_id}")
        grams = entry.grams + change.grams_added
        portions = None if entry.portions is None else entry.portions * grams / entry.grams
        out.set_grams(slot, grams, portions)
    return out


def _ratios(calcium: np.ndarray, magnesium: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(magnesium > 0, calcium / magnesium, np.nan)


def _ratio(calcium: float, magnesium: float) -> float | None:
    return float(calcium / magnesium) if magnesium > 0 else None


def single_changes(plan: Plan, foods: FoodTable, state: DayState, rows: np.ndarray
                   ) -> tuple[np.ndarray, ...]:
    """For each of the rows (eligible foods), the one amount worth proposing, and what it does.

    The amount is the fewest steps that keep every bound, else the fewest that close the
    magnesium gap, else the most a day may take. Returns rows, step counts, added values
    (rows x EFFECTS), closes-gap and keeps-bounds flags, each per food.
    """
    step, most, _ = steps(plan, foods, state.day, rows)
    counts = np.arange(1, max(int(most.max(initial=0)), 1) + 1)
    grams = step[:, None] * counts[None, :]                       # foods x step counts
    per100 = foods.values[rows][:, [KCAL, MG, CA, VIT_D]]
    added = grams[:, :, None] / 100 * per100[:, None, :]          # foods x counts x effects
    mg = state.magnesium + added[:, :, 1]
    ca = state.calcium + added[:, :, 2]
    ratio = _ratios(ca, mg)
    allowed = counts[None, :] <= most[:, None]
    closes = (mg >= state.mg_target) & allowed
    keeps = (closes & (ca >= state.ca_target) & (added[:, :, 2] <= state.ca_room)
             & (ratio >= state.band[0]) & (ratio <= state.band[1]))
    last = np.maximum(most - 1, 0)
    pick = np.where(keeps.any(axis=1), keeps.argmax(axis=1),
                    np.where(closes.any(axis=1), closes.argmax(axis=1), last))
    at = np.arange(len(rows))
    chosen = added[at, pick]
    # Never propose crossing the calcium limit; a day already above it takes no more calcium.
    fits = (chosen[:, 2] <= max(state.ca_room, 0.0)) & (most > 0)
    return (rows[fits], pick[fits] + 1, chosen[fits], closes[at, pick][fits],
            keeps[at, pick][fits])


def suggest(plan: Plan, foods: FoodTable, targets: DailyTargets, day: int,
            exclude: Iterable[str] = (), limit: int = 10) -> list[Suggestion]:
    """The best single changes for a day, most magnesium gap closed per added kcal first."""
    plan.day(day)
    state = day_states(plan, foods, targets)[day]
    if state.mg_gap <= 0:
        return []
    rows, counts, added, closes, keeps = single_changes(plan, foods, state,
                                                        eligible(plan, foods, exclude))
    score = np.minimum(added[:, 1], state.mg_gap) / np.maximum(added[:, 0], 1.0)
    order = np.argsort(-score, kind="stable")[:limit]
    return [_suggestion(plan, foods, state, rows[i], counts[i], added[i], closes[i], keeps[i],
                        score[i]) for i in order]


def cheapest_fix(plan: Plan, foods: FoodTable, targets: DailyTargets, day: int,
                 exclude: Iterable[str] = ()) -> Suggestion | None:
    """The single change with the least energy that keeps every bound, if there is one."""
    plan.day(day)
    return cheapest_fix_for(plan, foods, day_states(plan, foods, targets)[day],
                            eligible(plan, foods, exclude))


def cheapest_fix_for(plan: Plan, foods: FoodTable, state: DayState, rows: np.ndarray
                     ) -> Suggestion | None:
    """The cheapest fix among the rows (eligible foods) for a day in this state."""
    if state.mg_gap <= 0:
        return None
    rows, counts, added, closes, keeps = single_changes(plan, foods, state, rows)
    if not keeps.any():
        return None
    i = int(np.flatnonzero(keeps)[np.argmin(added[keeps, 0])])
    score = min(added[i, 1], state.mg_gap) / max(added[i, 0], 1.0)
    return _suggestion(plan, foods, state, rows[i], counts[i], added[i], closes[i], keeps[i],
                       score)


def _suggestion(plan: Plan, foods: FoodTable, state: DayState, row: int, count: int,
                added: np.ndarray, closes: bool, keeps: bool, score: float) -> Suggestion:
    before, after = (_ratio(state.calcium + ca, state.magnesium + mg)
                     for ca, mg in ((0.0, 0.0), (added[2], added[1])))
    return Suggestion(make_change(plan, foods, state.day, int(row), int(count)), bool(closes),
                      bool(keeps), before, after, float(score))
