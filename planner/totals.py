"""Per-day totals with coverage (known and unknown values), flags and the Ca:Mg ratio.

A food's contribution is grams / 100 x its value per 100 g. A value the table lacks is not
zero: the day's total is then "at least" the sum of the known values, and the day is counted
as missing that value, so a low total is only "possibly low".

An entry counts by its parts (Entry.parts): a saved meal as each of its ingredients at the
servings eaten, so it adds up to exactly what the same foods entered one by one add up to, and
an ingredient without a value (or a line matched to no food) is counted as missing like a food.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import pandas as pd

from planner.foods import NUTRIENTS, FoodTable
from planner.plan import DAYS, Part, Plan, day_parts
from planner.targets import TARGET_NUTRIENTS, DailyTargets


class Status(StrEnum):
    OK = "ok"
    LOW = "low"
    POSSIBLY_LOW = "possibly_low"
    ABOVE_LIMIT = "above_limit"


class RatioStatus(StrEnum):
    BELOW = "below"
    IN_BAND = "in_band"
    ABOVE = "above"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DayTotals:
    """Known sums and counts of entries lacking a value, one row per day, one column per
    nutrient."""

    dates: list[dt.date]
    known: pd.DataFrame  # float, the sum of the known contributions
    missing: pd.DataFrame  # int, foods (entries, ingredients) without a value, or not known
    entries: np.ndarray  # entries per day


def day_totals(
    plan: Plan, foods: FoodTable, days: Iterable[int] | None = None, before: DayTotals | None = None
) -> DayTotals:
    """Every nutrient summed per day in one matrix product, not a Python loop per entry.

    Given the totals `before` a change and the days it changed, only those days are summed
    again (an edit changes one day; the other six stay as they were).
    """
    if before is None or days is None:
        shape = (DAYS, len(NUTRIENTS))
        known, missing, changed = np.zeros(shape), np.zeros(shape, dtype=int), list(range(DAYS))
    else:
        known, missing = before.known.to_numpy(copy=True), before.missing.to_numpy(copy=True)
        changed = sorted(set(days))
    # (position among the changed days, part) for each food eaten on them
    items = [
        (i, p)
        for i, d in enumerate(changed)
        for _, _, e in plan.day(d).entries()
        for p in e.parts()
    ]
    day = np.fromiter((i for i, _ in items), dtype=np.intp, count=len(items))
    contribution = _contributions([p for _, p in items], foods)
    unknown = np.isnan(contribution)
    by_day = np.zeros((len(changed), len(items)))
    by_day[day, np.arange(len(items))] = 1.0
    known[changed] = by_day @ np.where(unknown, 0.0, contribution)
    missing[changed] = by_day @ unknown
    index = pd.Index(plan.dates, name="date")
    return DayTotals(
        dates=plan.dates,
        known=pd.DataFrame(known, index, NUTRIENTS),
        missing=pd.DataFrame(missing, index, NUTRIENTS),
        entries=np.array([len(plan.day(d).entries()) for d in range(DAYS)]),
    )


def _contributions(parts: list[Part], foods: FoodTable) -> np.ndarray:
    """Per part and nutrient, grams / 100 x the value per 100 g; NaN where not known."""
    grams = np.fromiter((p.grams for p in parts), dtype=float, count=len(parts))
    rows = foods.positions([p.food_id for p in parts]) if parts else np.empty(0, np.intp)
    per100 = np.full((len(parts), len(NUTRIENTS)), np.nan)
    known_food = rows >= 0
    per100[known_food] = foods.values[rows[known_food]]
    return per100 * (grams / 100)[:, None]


@dataclass(frozen=True)
class Figures:
    """What some foods add up to (a saved meal's serving): the known sums by nutrient column,
    how many of the foods lack each value, and how many foods there are."""

    known: dict[str, float]
    missing: dict[str, int]
    foods: int

    def at_least(self, nutrient: str) -> bool:
        """Whether the sum is only a lower bound: some food lacks the value."""
        return self.missing[nutrient] > 0


def figures(parts: list[Part], foods: FoodTable) -> Figures:
    """The parts' sums, with coverage, as day_totals counts a day."""
    contribution = _contributions(parts, foods)
    unknown = np.isnan(contribution)
    known = np.where(unknown, 0.0, contribution).sum(axis=0)
    return Figures(
        dict(zip(NUTRIENTS, known.tolist())),
        dict(zip(NUTRIENTS, unknown.sum(axis=0).tolist())),
        len(parts),
    )


def contributions(plan: Plan, foods: FoodTable, day: int, nutrient: str) -> pd.DataFrame:
    """One day's foods (a saved meal's each ingredient) with what each adds of a nutrient,
    largest first (unknown last), and whether the food's figure is an estimate (its source
    said "traces" or "< x"). `index` is the entry's place in its meal; `in_saved_meal` says
    whether the food is an ingredient of a saved meal there."""
    items = day_parts(plan.day(day).entries())
    rows = foods.positions([p.food_id for _, _, p in items]) if items else np.empty(0, np.intp)
    column = NUTRIENTS.index(nutrient)
    known = rows >= 0
    per100 = np.where(known, foods.values[rows, column], np.nan)
    grams = np.array([p.grams for _, _, p in items], dtype=float)
    amount = per100 * grams / 100
    estimated = known & foods.estimated[rows, column]
    order = np.lexsort((-np.nan_to_num(amount, nan=0.0), np.isnan(amount)))  # stable
    meals = plan.day(day).meals
    return pd.DataFrame(
        {
            "meal": [items[i][0] for i in order],
            "index": np.array([items[i][1] for i in order], dtype=np.intp),
            "food_id": [items[i][2].food_id for i in order],
            "grams": grams[order],
            "amount": amount[order],
            "estimated": estimated[order],
            "in_saved_meal": [meals[items[i][0]][items[i][1]].recipe is not None for i in order],
        },
        index=order,
    )


def estimated_entries(plan: Plan, foods: FoodTable, day: int) -> dict[str, int]:
    """Per nutrient column, how many of the day's foods have a figure that is an estimate
    (contributions' `estimated`, counted for every nutrient in one pass)."""
    ids = [p.food_id for _, _, e in plan.day(day).entries() for p in e.parts()]
    rows = foods.positions(ids) if ids else np.empty(0, np.intp)
    return dict(zip(NUTRIENTS, foods.estimated[rows[rows >= 0]].sum(axis=0).tolist()))


@dataclass(frozen=True)
class NutrientStatus:
    amount: float  # known sum (a lower bound when missing > 0)
    missing: int  # entries without a value
    target: float
    limit: float | None
    status: Status

    @property
    def percent(self) -> float:
        return 100 * self.amount / self.target


def nutrient_status(amount: float, missing: int, target: float, limit: float | None) -> Status:
    if limit is not None and amount > limit:
        return Status.ABOVE_LIMIT
    if amount >= target:
        return Status.OK
    # Below target, but the foods without a value could make up the difference.
    return Status.POSSIBLY_LOW if missing else Status.LOW


@dataclass(frozen=True)
class DayStatus:
    date: dt.date
    food: dict[str, NutrientStatus]  # by nutrient key: magnesium, calcium, vitamin_d
    with_supplements: dict[str, NutrientStatus]  # the same with the daily supplements added
    ratio: float | None  # Ca:Mg from food
    ratio_status: RatioStatus
    entries: int

    @property
    def magnesium(self) -> NutrientStatus:
        return self.food["magnesium"]

    @property
    def below_target(self) -> bool:
        return self.magnesium.status is not Status.OK


@dataclass(frozen=True)
class Assessment:
    """A week judged against a profile's targets."""

    totals: DayTotals
    targets: DailyTargets
    days: list[DayStatus]
    ratio_band: tuple[float, float]
    supplements: dict[str, float] = field(default_factory=dict)
    # Nutrients whose daily supplement alone is above the upper limit (magnesium's limit is
    # for supplements only; food never counts toward it).
    supplement_above_limit: tuple[str, ...] = ()

    @property
    def days_below(self) -> list[dt.date]:
        return [d.date for d in self.days if d.below_target]

    def week_average(self, nutrient: str = "magnesium") -> float:
        return float(np.mean([d.food[nutrient].amount for d in self.days]))

    def records(self) -> list[dict]:
        """One plain record per day, for JSON: each nutrient from food, then with the daily
        supplements (upper limits count both; magnesium's is for supplements alone)."""
        out = []
        for i, day in enumerate(self.days):
            record: dict = {"date": day.date.isoformat(), "weekday": day.date.strftime("%A")}
            for key, column in TARGET_NUTRIENTS.items():
                unit = column.rsplit("_", 1)[1]
                status, total = day.food[key], day.with_supplements[key]
                record[column] = round(status.amount, 1)
                record[f"{key}_target_{unit}"] = status.target
                record[f"{key}_status"] = str(status.status)
                record[f"{key}_with_supplements_{unit}"] = round(total.amount, 1)
                record[f"{key}_with_supplements_status"] = str(total.status)
            record["caffeine_mg"] = round(
                float(self.totals.known.iat[i, NUTRIENTS.index("caffeine_mg")]), 1
            )
            record["ca_mg_ratio"] = None if day.ratio is None else round(day.ratio, 2)
            record["missing"] = {
                _short(c): int(self.totals.missing.iat[i, j]) for j, c in enumerate(NUTRIENTS)
            }
            record["supplements"] = dict(self.supplements)
            record["supplements_above_limit"] = list(self.supplement_above_limit)
            out.append(record)
        return out


def _short(column: str) -> str:
    """'vitamin_d_ug' -> 'vitamin_d': a nutrient's key without its unit."""
    return column.rsplit("_", 1)[0]


def assess(
    plan: Plan, foods: FoodTable, targets: DailyTargets, totals: DayTotals | None = None
) -> Assessment:
    totals = totals if totals is not None else day_totals(plan, foods)
    low, high = plan.ratio_band
    days = []
    for i, date in enumerate(totals.dates):
        food, boosted = {}, {}
        for key, column in TARGET_NUTRIENTS.items():
            amount = float(totals.known.iat[i, NUTRIENTS.index(column)])
            missing = int(totals.missing.iat[i, NUTRIENTS.index(column)])
            target = targets.target(key)
            # Magnesium's upper limit is for supplements only, never for food.
            limit = None if key == "magnesium" else targets.limit(key)
            food[key] = NutrientStatus(
                amount, missing, target, limit, nutrient_status(amount, missing, target, limit)
            )
            total = amount + plan.supplements.get(column, 0.0)
            boosted[key] = NutrientStatus(
                total, missing, target, limit, nutrient_status(total, missing, target, limit)
            )
        magnesium, calcium = food["magnesium"].amount, food["calcium"].amount
        ratio = calcium / magnesium if magnesium > 0 else None
        if ratio is None:
            ratio_status = RatioStatus.UNKNOWN
        else:
            ratio_status = (
                RatioStatus.BELOW
                if ratio < low
                else RatioStatus.ABOVE
                if ratio > high
                else RatioStatus.IN_BAND
            )
        days.append(DayStatus(date, food, boosted, ratio, ratio_status, int(totals.entries[i])))
    over = tuple(
        key
        for key, column in TARGET_NUTRIENTS.items()
        if (limit := targets.limit(key)) is not None and plan.supplements.get(column, 0.0) > limit
    )
    return Assessment(totals, targets, days, plan.ratio_band, dict(plan.supplements), over)
