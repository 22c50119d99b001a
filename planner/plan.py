"""The week plan: seven days of four meals, entries of a food and grams.

Each operation validates first and changes nothing when it fails, and returns what is needed
to undo it, so the window's undo commands stay one line each.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from dataclasses import dataclass, field

from planner.foods import MEALS
from planner.targets import Profile

DAYS = 7
MAX_GRAMS = 2000.0
# Supplements are counted apart from food, by the food table's nutrient column.
SUPPLEMENT_NUTRIENTS = ("magnesium_mg", "calcium_mg", "vitamin_d_ug")
DEFAULT_RATIO_BAND = (1.7, 2.6)
EXCLUSIONS = ("vegetarian", "vegan", "nuts", "fish", "dairy", "gluten", "egg", "soy")


class PlanError(ValueError):
    """An edit that cannot be made; the plan is unchanged."""


def check_grams(grams: object) -> float:
    if isinstance(grams, bool) or not isinstance(grams, (int, float)):
        raise PlanError(f"grams must be a number, not {grams!r}")
    if not math.isfinite(grams) or grams <= 0 or grams > MAX_GRAMS:
        raise PlanError(f"grams must be above 0 and at most {MAX_GRAMS:g}, not {grams:g}")
    return float(grams)


@dataclass
class Entry:
    food_id: str
    grams: float
    portions: float | None = None   # how many household portions the user entered, if any

    def __post_init__(self) -> None:
        self.grams = check_grams(self.grams)
        if not isinstance(self.food_id, str) or not self.food_id:
            raise PlanError(f"an entry needs a food id, not {self.food_id!r}")
        if self.portions is not None and (isinstance(self.portions, bool)
                                          or not isinstance(self.portions, (int, float))
                                          or not self.portions > 0):
            raise PlanError(f"portions must be a number above 0, not {self.portions!r}")


Meals = dict[str, list[Entry]]


def empty_meals() -> Meals:
    return {meal: [] for meal in MEALS}


@dataclass
class Day:
    date: dt.date
    meals: Meals = field(default_factory=empty_meals)
    note: str = ""

    def entries(self) -> list[tuple[str, int, Entry]]:
        return [(meal, i, e) for meal in MEALS for i, e in enumerate(self.meals[meal])]


@dataclass(frozen=True)
class Slot:
    """Where an entry stands: day index, meal, position in the meal."""

    day: int
    meal: str
    index: int


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass
class Plan:
    start: dt.date = field(default_factory=lambda: monday_of(dt.date.today()))
    days: list[Day] = field(default_factory=list)
    profile: Profile = field(default_factory=Profile)
    household_size: int = 1
    supplements: dict[str, float] = field(default_factory=dict)
    ratio_band: tuple[float, float] = DEFAULT_RATIO_BAND
    ratio_nudge: bool = False      # balancing nudges the Ca:Mg ratio toward its band
    exclusions: set[str] = field(default_factory=set)
    favourites: set[str] = field(default_factory=set)
    disliked: set[str] = field(default_factory=set)
    in_stock: set[str] = field(default_factory=set)    # food ids left off the shopping list
    ticked: set[str] = field(default_factory=set)      # food ids ticked on the shopping list

    def __post_init__(self) -> None:
        if not self.days:
            self.days = [Day(self.start + dt.timedelta(days=i)) for i in range(DAYS)]
        if len(self.days) != DAYS:
            raise PlanError(f"a week plan has {DAYS} days, not {len(self.days)}")
        for i, day in enumerate(self.days):
            if day.date != self.start + dt.timedelta(days=i):
                raise PlanError(f"day {i + 1} is {day.date}, not {self.start + dt.timedelta(days=i)}")
        self.set_household_size(self.household_size)
        for nutrient, amount in self.supplements.items():
            self._check_supplement(nutrient, amount)
        self.set_ratio_band(*self.ratio_band)
        if not isinstance(self.ratio_nudge, bool):
            raise PlanError(f"ratio_nudge must be true or false, not {self.ratio_nudge!r}")
        unknown = self.exclusions - set(EXCLUSIONS)
        if unknown:
            raise PlanError(f"unknown exclusion {sorted(unknown)[0]!r}")

    # --- looking up -------------------------------------------------------------------

    @property
    def dates(self) -> list[dt.date]:
        return [d.date for d in self.days]

    def day_index(self, date: dt.date) -> int:
        offset = (date - self.start).days
        if not 0 <= offset < DAYS:
            raise PlanError(f"{date} is not in the week of {self.start}")
        return offset

    def day(self, day: int) -> Day:
        if not isinstance(day, int) or not 0 <= day < DAYS:
            raise PlanError(f"day must be 0 to {DAYS - 1}, not {day!r}")
        return self.days[day]

    def meal(self, day: int, meal: str) -> list[Entry]:
        if meal not in MEALS:
            raise PlanError(f"meal must be one of {', '.join(MEALS)}, not {meal!r}")
        return self.day(day).meals[meal]

    def entry(self, slot: Slot) -> Entry:
        entries = self.meal(slot.day, slot.meal)
        if not 0 <= slot.index < len(entries):
            raise PlanError(f"there is no entry {slot.index + 1} in {slot.meal} of day {slot.day + 1}")
        return entries[slot.index]

    def entries(self) -> list[tuple[int, str, Entry]]:
        """Every entry as (day index, meal, entry), in day and meal order."""
        return [(i, meal, e) for i, day in enumerate(self.days) for meal, _, e in day.entries()]

    def food_ids(self) -> set[str]:
        return {e.food_id for _, _, e in self.entries()}

    # --- editing: each returns what undoing it needs -----------------------------------

    def add(self, day: int, meal: str, entry: Entry, index: int | None = None) -> Slot:
        entries = self.meal(day, meal)
        index = len(entries) if index is None else index
        if not 0 <= index <= len(entries):
            raise PlanError(f"cannot insert at position {index + 1} of {meal}")
        entries.insert(index, entry)
        return Slot(day, meal, index)

    def remove(self, slot: Slot) -> Entry:
        self.entry(slot)
        return self.meal(slot.day, slot.meal).pop(slot.index)

    def set_grams(self, slot: Slot, grams: float, portions: float | None = None
                  ) -> tuple[float, float | None]:
        entry = self.entry(slot)
        grams = check_grams(grams)
        old = (entry.grams, entry.portions)
        entry.grams, entry.portions = grams, portions
        return old

    def move(self, source: Slot, day: int, meal: str, index: int | None = None) -> Slot:
        """Move an entry; the index is in the target meal as it is after taking the entry out."""
        self.entry(source)
        target = self.meal(day, meal)
        size = len(target) - (1 if (day, meal) == (source.day, source.meal) else 0)
        index = size if index is None else index
        if not 0 <= index <= size:
            raise PlanError(f"cannot move to position {index + 1} of {meal}")
        entry = self.meal(source.day, source.meal).pop(source.index)
        target.insert(index, entry)
        return Slot(day, meal, index)

    def replace_day(self, day: int, meals: Meals, note: str | None = None) -> tuple[Meals, str]:
        """Put these meals (copied) in a day; returns the day's old meals and note."""
        target = self.day(day)
        if set(meals) != set(MEALS):
            raise PlanError(f"a day has the meals {', '.join(MEALS)}")
        old = (target.meals, target.note)
        target.meals = {meal: copy.deepcopy(meals[meal]) for meal in MEALS}
        if note is not None:
            target.note = note
        return old

    def copy_day(self, source: int, target: int) -> tuple[Meals, str]:
        return self.replace_day(target, self.day(source).meals)

    def clear_day(self, day: int) -> tuple[Meals, str]:
        return self.replace_day(day, empty_meals())

    def set_note(self, day: int, note: str) -> str:
        old = self.day(day).note
        self.day(day).note = str(note)
        return old

    # --- settings ------------------------------------------------------------------------

    def set_household_size(self, people: int) -> int:
        if isinstance(people, bool) or not isinstance(people, int) or not 1 <= people <= 50:
            raise PlanError(f"household size must be a whole number from 1 to 50, not {people!r}")
        old, self.household_size = self.household_size, people
        return old

    def set_supplement(self, nutrient: str, amount: float) -> float:
        self._check_supplement(nutrient, amount)
        old = self.supplements.get(nutrient, 0.0)
        if amount:
            self.supplements[nutrient] = float(amount)
        else:
            self.supplements.pop(nutrient, None)
        return old

    def set_ratio_band(self, low: float, high: float) -> tuple[float, float]:
        if not (0 < low < high < 20):
            raise PlanError(f"the Ca:Mg band must run from a low to a higher number, not {low}-{high}")
        old, self.ratio_band = self.ratio_band, (float(low), float(high))
        return old

    @staticmethod
    def _check_supplement(nutrient: str, amount: float) -> None:
        if nutrient not in SUPPLEMENT_NUTRIENTS:
            raise PlanError(f"supplements are {', '.join(SUPPLEMENT_NUTRIENTS)}, not {nutrient!r}")
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) \
                or not math.isfinite(amount) or not 0 <= amount <= 5000:
            raise PlanError(f"a daily supplement of {nutrient} must be 0 to 5000, not {amount!r}")

    def copy(self) -> Plan:
        return copy.deepcopy(self)
