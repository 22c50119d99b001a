"""What a change to a day is, and which changes a day may take; planner.balance chooses.

A change adds a food (a new entry, or more of an entry already planned) or swaps a planned
food for another in the same role: white bread for wholemeal, at the same grams or the same
household portions.

What may be swapped in: foods with known energy, magnesium and calcium, none the user
excludes or dislikes; never coffee, tea, water, bran or poppy seeds (told by the food's
family; from a table without families, no drink at all) unless the user asks: a favourite,
or its family allowed. What may be added: of those, the foods worth a household portion that
are no seasoning, fat, sauce or ready meal. Where: only to a meal the food fits, never
beside another form of its family in that meal. How much: steps of half a portion, or of 5 g
for nuts and seeds, at most two portions a day. A swap keeps the entry's household portions
(or its grams) and goes only to a food measured in the same portion ("1 slice" for "1
slice": cooked rice never becomes dry rice).

A saved meal is counted, never changed: its ingredients count in the day's totals and as the
foods a meal holds (no second form of their family is added beside them), but balancing never
swaps, enlarges or takes anything out of it, as the user composed it so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from planner.foods import MEALS, NUTRIENTS, SECTIONS, FoodTable
from planner.plan import MAX_GRAMS, Entry, Part, Plan, PlanError, Slot, day_parts, meal_name
from planner.targets import DailyTargets
from planner.totals import DayTotals

# What a change does, by food-table column, and the positions in an effects vector.
EFFECTS = ("energy_kcal", "magnesium_mg", "calcium_mg", "vitamin_d_ug", "caffeine_mg")
KCAL, MG, CA, VIT_D, CAFFEINE = range(len(EFFECTS))
COLUMNS = [NUTRIENTS.index(column) for column in EFFECTS]

# An exclusion keeps the foods whose tag has this value.
EXCLUSION_TAGS = {
    "vegetarian": ("vegetarian", 1),
    "vegan": ("vegan", 1),
    "nuts": ("contains_nuts", 0),
    "fish": ("contains_fish", 0),
    "dairy": ("contains_dairy", 0),
    "gluten": ("contains_gluten", 0),
    "egg": ("contains_egg", 0),
    "soy": ("contains_soy", 0),
}
# Seasonings, fats, sauces, soups and ready meals are not what one adds to balance a day.
NOT_ADDED = ("herbs and spices", "fats and spreads", "other")
# Food families one does not eat or drink more of to mend a day, unless one asks: drinks
# and bran, and poppy seeds, whose opium alkaloids can pass EFSA's acute reference dose at a
# few spoonfuls (EFSA Journal 2018;16(5):5243).
NEVER_ADDED = ("coffee", "tea", "water", "bran", "poppy seeds")
# A food is worth adding when one household portion brings at least this much magnesium,
# calcium or vitamin D: greens and fortified drinks are in; a pinch of cumin is out.
WORTH_A_PORTION = {MG: 20.0, CA: 100.0, VIT_D: 2.5}
# Steps of half a portion, or of 5 g for nuts and seeds; at most two portions a day.
GRAM_STEP_SECTIONS = ("nuts and seeds",)
GRAM_STEP, MOST_PORTIONS = 5.0, 2
# Where a food not yet planned goes, among the meals it fits and that hold no other form of
# it: a meal the week already has it in, else the first of these.
MEAL_PREFERENCE = ("snack", "dinner", "breakfast", "lunch")
# A swap is proposed when it brings at least this much magnesium; the best few per entry.
SWAP_GAIN, SWAPS_PER_ENTRY = 10.0, 3


@dataclass(frozen=True)
class Change:
    """One change to one day: a food added (a new entry, or more of a planned one), or a
    planned entry swapped for another food."""

    day: int
    date: dt.date
    meal: str
    food_id: str  # the food added or swapped in
    grams: float  # grams added; for a swap, the grams swapped in
    entry_index: int | None  # the entry made larger or swapped; None for a new entry
    portions: float | None  # household portions (added or swapped in); None in grams
    effects: dict[str, float]  # by EFFECTS column; NaN where the table lacks the value
    replaces: Entry | None = None  # for a swap, the entry taken out

    @property
    def is_new_entry(self) -> bool:
        return self.entry_index is None

    @property
    def is_swap(self) -> bool:
        return self.replaces is not None


@dataclass(frozen=True)
class Option:
    """A change a day may take, in whole steps: of an addition, `step` grams at a time up to
    `most` steps; a swap is one step."""

    row: int  # the food added or swapped in
    meal: str
    entry_index: int | None
    step: float  # grams per step
    most: int
    per_step: np.ndarray  # EFFECTS per step (a swap: what it changes); NaN unknown
    portions_per_step: float | None
    replaces: Entry | None = None

    def change(self, plan: Plan, foods: FoodTable, day: int, steps: int) -> Change:
        portions = None if self.portions_per_step is None else self.portions_per_step * steps
        return Change(
            day,
            plan.days[day].date,
            self.meal,
            foods.ids[self.row],
            self.step * steps,
            self.entry_index,
            portions,
            dict(zip(EFFECTS, map(float, self.per_step * steps))),
            self.replaces,
        )

    def keys(self, foods: FoodTable) -> list[tuple]:
        """What the option takes that other options of the day share (see capacity): the
        entry it enlarges or swaps, a place for its family in the meal (for a new food), and
        for a new entry a place in the meal."""
        keys: list[tuple] = []
        if self.entry_index is not None:
            keys.append(("entry", self.meal, self.entry_index))
        if self.entry_index is None or self.replaces is not None:
            keys.append(("family", self.meal, foods.family[self.row]))
        if self.entry_index is None:
            keys.append(("room", self.meal))
        return keys


def capacity(plan: Plan, day: int, key: tuple) -> int:
    """How many options may take the key: one each, but as many new entries as a meal has
    room for."""
    return plan.room(day, key[1]) if key[0] == "room" else 1


@dataclass(frozen=True)
class DayState:
    """What a day holds of the EFFECTS and its bounds; targets and limits count the daily
    supplements, the Ca:Mg ratio counts food only."""

    day: int
    food: np.ndarray  # known amounts from food, by EFFECTS
    total: np.ndarray  # with the supplements
    target: np.ndarray  # NaN where there is none
    limit: np.ndarray  # inf where there is none
    band: tuple[float, float]

    @property
    def gap(self) -> np.ndarray:
        """What each target still lacks (0 where met or none)."""
        return np.nan_to_num(np.maximum(self.target - self.total, 0.0))

    @property
    def room(self) -> np.ndarray:
        """What may still be added under each limit (0 where a day is already over it)."""
        return np.maximum(self.limit - self.total, 0.0)

    @property
    def mg_gap(self) -> float:
        return float(self.gap[MG])


def day_states(plan: Plan, totals: DayTotals, targets: DailyTargets) -> list[DayState]:
    """Each day's state, from the plan's totals."""
    known = totals.known.to_numpy()[:, COLUMNS]
    supplement = np.array([plan.supplements.get(column, 0.0) for column in EFFECTS])
    target = np.array(
        [
            np.nan,
            targets.target("magnesium"),
            targets.target("calcium"),
            targets.target("vitamin_d"),
            np.nan,
        ]
    )
    # Magnesium's upper limit is for supplements alone: food never counts toward it.
    limits = [
        None,
        None,
        targets.limit("calcium"),
        targets.limit("vitamin_d"),
        targets.caffeine.amount if targets.caffeine else None,
    ]
    limit = np.array([np.inf if v is None else v for v in limits])
    return [
        DayState(i, known[i], known[i] + supplement, target, limit, plan.ratio_band)
        for i in range(len(plan.days))
    ]


def never_added(foods: FoodTable) -> np.ndarray:
    """Per row: the NEVER_ADDED families, and any drink the table gives no
    family (an imported table cannot tell coffee from milk)."""
    drink = foods.section_codes == SECTIONS.index("drinks")
    return np.isin(foods.family, NEVER_ADDED) | (drink & (foods.column("family") == ""))


def allowed(
    plan: Plan, foods: FoodTable, exclude: Iterable[str] = (), allow: Iterable[str] = ()
) -> np.ndarray:
    """Table rows that may be swapped in: known energy, magnesium and calcium, none the user
    excludes or dislikes, and none NEVER_ADDED unless a favourite or of a family in allow."""
    ok = ~np.isnan(foods.values[:, COLUMNS][:, [KCAL, MG, CA]]).any(axis=1)
    for name in set(plan.exclusions) | set(exclude):
        if name not in EXCLUSION_TAGS:
            raise PlanError("balance.exclusion", value=repr(name))
        tag, keep = EXCLUSION_TAGS[name]
        ok &= foods.has_tag(tag) == bool(keep)
    for family in allow:
        if family not in NEVER_ADDED:
            raise PlanError("balance.allow", known=", ".join(NEVER_ADDED), value=repr(family))
    ok &= (
        ~never_added(foods)
        | np.isin(foods.ids, sorted(plan.favourites))
        | np.isin(foods.family, list(allow))
    )
    disliked = foods.positions(sorted(plan.disliked))
    ok[disliked[disliked >= 0]] = False
    return np.flatnonzero(ok)


def eligible(rows: np.ndarray, foods: FoodTable) -> np.ndarray:
    """The rows (allowed foods) that may also be added: worth a household portion, and no
    seasoning, fat, sauce or ready meal."""
    portion = foods.values[rows][:, COLUMNS] * foods.portion_g[rows, None] / 100
    ok = np.logical_or.reduce([portion[:, j] >= least for j, least in WORTH_A_PORTION.items()])
    ok &= ~np.isin(foods.column("section", rows), list(NOT_ADDED))
    return rows[ok]


class Placement:
    """Where an addition to one day goes: more of the food where the day has it in a meal it
    fits; else a new entry in a meal it fits that holds no other form of its family and is not
    full, the meal the week most often has it in first, then MEAL_PREFERENCE."""

    def __init__(self, plan: Plan, foods: FoodTable, day: int) -> None:
        self.foods = foods
        self.entries = plan.day(day).entries()
        self.full = {meal for meal in MEALS if plan.room(day, meal) <= 0}
        self.families = set(_families(foods, day_parts(self.entries)))
        self.week = Counter((p.food_id, meal) for _, meal, e in plan.entries() for p in e.parts())

    def __call__(self, row: int) -> tuple[str, int | None] | None:
        food_id, bits = self.foods.ids[row], int(self.foods.meal_bits[row])
        fits = [meal for meal in MEAL_PREFERENCE if bits & 1 << MEALS.index(meal)]
        for meal, index, entry in self.entries:
            if entry.food_id == food_id and entry.recipe is None and meal in fits:
                return meal, index
        family = self.foods.family[row]
        free = [
            meal for meal in fits if (meal, family) not in self.families and meal not in self.full
        ]
        if not free:
            return None
        return max(free, key=lambda m: (self.week[food_id, m], -MEAL_PREFERENCE.index(m))), None


def _family(foods: FoodTable, row: int, food_id: str) -> str:
    return foods.family[row] if row >= 0 else food_id


def _families(foods: FoodTable, parts: list[tuple[str, int, Part]]) -> list[tuple[str, str]]:
    """(meal, family) of each of a day's foods, a saved meal's ingredients among them."""
    rows = foods.positions([p.food_id for _, _, p in parts])
    return [(meal, _family(foods, row, p.food_id)) for (meal, _, p), row in zip(parts, rows)]


def additions(plan: Plan, foods: FoodTable, day: int, rows: np.ndarray) -> list[Option]:
    """For each of the rows that has a place on the day, the addition in household steps."""
    by_grams = np.isin(foods.column("section"), list(GRAM_STEP_SECTIONS))
    per100 = foods.values[:, COLUMNS]
    place = Placement(plan, foods, day)
    options = []
    for row in rows:
        where = place(int(row))
        if where is None:
            continue
        meal, index = where
        step = GRAM_STEP if by_grams[row] else foods.portion_g[row] / 2
        planned = 0.0 if index is None else plan.meal(day, meal)[index].grams
        room = min(MOST_PORTIONS * foods.portion_g[row], MAX_GRAMS - planned)
        most = int(room / step + 1e-9)
        if most > 0:
            options.append(
                Option(
                    int(row),
                    meal,
                    index,
                    float(step),
                    most,
                    per100[row] * step / 100,
                    None if by_grams[row] else 0.5,
                )
            )
    return options


def swaps(plan: Plan, foods: FoodTable, day: int, rows: np.ndarray) -> list[Option]:
    """For each planned food with a swap group, the best few of the rows (eligible foods) in
    the same group and measured in the same household portion that bring more magnesium: at
    the entry's portions when it has them, else at its grams. Never to a family another entry
    of the meal holds."""
    group, portion = (foods.column(c) for c in ("swap_group", "portion_en"))
    per100 = foods.values[:, COLUMNS]
    entries = plan.day(day).entries()
    positions = foods.positions([e.food_id for _, _, e in entries])
    in_meal = Counter(_families(foods, day_parts(entries)))
    options = []
    for (meal, index, entry), old in zip(entries, positions):
        if (
            old < 0
            or entry.recipe is not None
            or not group[old]
            or np.isnan(per100[old, [KCAL, MG, CA]]).any()
        ):
            continue
        new = rows[(group[rows] == group[old]) & (portion[rows] == portion[old]) & (rows != old)]
        others = [
            in_meal[meal, foods.family[r]] - (foods.family[r] == foods.family[old]) for r in new
        ]
        new = new[np.array(others, dtype=int) == 0]
        grams = (
            entry.portions * foods.portion_g[new]
            if entry.portions is not None
            else np.full(len(new), entry.grams)
        )
        change = per100[new] * grams[:, None] / 100 - per100[old] * entry.grams / 100
        good = np.flatnonzero((change[:, MG] >= SWAP_GAIN) & (grams <= MAX_GRAMS))
        for i in good[np.argsort(-change[good, MG], kind="stable")][:SWAPS_PER_ENTRY]:
            options.append(
                Option(
                    int(new[i]), meal, index, float(grams[i]), 1, change[i], entry.portions, entry
                )
            )
    return options


def apply_changes(plan: Plan, changes: Iterable[Change]) -> Plan:
    """A copy of the plan with the changes made; the plan itself is left as it was.

    Larger entries keep their place and their household portions in proportion; a swapped
    entry keeps its place; new entries go at the end of their meal.
    """
    out = plan.copy()
    for change in changes:
        entry = Entry(change.food_id, change.grams, change.portions)
        if change.entry_index is None:
            out.add(change.day, change.meal, entry)
            continue
        slot = Slot(change.day, change.meal, change.entry_index)
        planned = out.entry(slot)
        replaced = change.replaces
        expected = change.food_id if replaced is None else replaced.food_id
        if planned.food_id != expected:
            raise PlanError(
                "balance.entry_changed",
                number=slot.index + 1,
                meal=meal_name(slot.meal),
                food=expected,
            )
        if replaced is not None:
            out.remove(slot)
            out.add(change.day, change.meal, entry, slot.index)
            continue
        grams = planned.grams + change.grams
        portions = None if planned.portions is None else planned.portions * grams / planned.grams
        out.set_grams(slot, grams, portions)
    return out
