"""The week plan: seven days of four meals, entries of a food and grams.

An entry is a food, or a saved meal (`Entry.recipe`): then it carries the meal's names and its
ingredients per serving, so the plan holds everything its totals need even where the saved
meal is not (another machine, a meal changed or removed since). `Entry.parts()` is what an
entry brings to the day, a food and its grams or each ingredient at the servings eaten: the
one path by which totals, the shopping list, CSV, printing, the day panel and balancing see
what was eaten.

Each operation validates first and changes nothing when it fails, and returns what is needed
to undo it, so the window's undo commands stay one line each. Each type converts itself to and
from the dicts of the plan file (and the clipboard), checked by planner.schema.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, NamedTuple

from planner import schema
from planner.foods import MEALS
from planner.messages import Message
from planner.schema import (
    MAX_ENTRIES_PER_MEAL,
    MAX_GRAMS,
    MAX_INGREDIENTS,
    MAX_LINE,
    MAX_MEAL_NAME,
    MAX_PORTIONS,
    MAX_RECIPE_GRAMS,
    MAX_WEEK_INGREDIENTS,
    SchemaError,
)
from planner.targets import Profile

DAYS = 7
# Supplements are counted apart from food, by the food table's nutrient column.
SUPPLEMENT_NUTRIENTS = ("magnesium_mg", "calcium_mg", "vitamin_d_ug")
DEFAULT_RATIO_BAND = (1.7, 2.6)
EXCLUSIONS = ("vegetarian", "vegan", "nuts", "fish", "dairy", "gluten", "egg", "soy")
LISTED_FOODS = ("favourites", "disliked", "in_stock", "ticked")
# How balancing treats a food: preferred (and allowed though coffee, tea, ...), or never
# suggested. A food is at most one of them.
PREFERENCES = ("favourites", "disliked")
# Every entry's food id, with a saved meal's ingredients' after it, in day, meal and entry
# order, and each list of foods: what set_food_ids puts in place and returns.
FoodIds = tuple[list[tuple[str, ...]], dict[str, set[str]]]
# Keys a plan file may leave out, each with its default.
OPTIONAL_KEYS = (
    "household_size",
    "supplements",
    "ratio_band",
    "ratio_nudge",
    "exclusions",
    *LISTED_FOODS,
)


class PlanError(SchemaError):
    """An edit that cannot be made, or a plan value out of bounds; the plan is unchanged."""


class MealFullError(PlanError):
    """A meal already holds the most entries a meal can."""


def meal_name(meal: str) -> Message:
    """A meal as a message names it: 'lunch', 'lunch' in Dutch too."""
    return Message(f"meal.{meal}")


def check_grams(grams: object) -> float:
    return schema.number(grams, "what.grams", 0, MAX_GRAMS, PlanError)


def check_portions(portions: object) -> float | None:
    return (
        None
        if portions is None
        else schema.number(portions, "what.portions", 0, MAX_PORTIONS, PlanError)
    )


def check_name(name: object, what: schema.What) -> str:
    """A saved meal's name: text on one line, not blank, at most MAX_MEAL_NAME characters."""
    text = schema.text(name, what, MAX_MEAL_NAME, PlanError)
    if not text.strip() or schema.has_control(text):
        raise PlanError("plan.name", what=schema.said(what), value=schema.shown(text))
    return text


def check_line(line: object) -> str:
    """An ingredient line matched to no food, kept as the recipe wrote it."""
    text = schema.text(line, "what.ingredient_line", MAX_LINE, PlanError)
    if not text.strip() or schema.has_control(text):
        raise PlanError("plan.line", value=schema.shown(text))
    return text


def check_lines(count: int) -> None:
    if count > MAX_INGREDIENTS:
        raise PlanError("plan.lines", most=MAX_INGREDIENTS, count=count)


class Part(NamedTuple):
    """What an entry brings to the day: a food and its grams. An ingredient line that names
    no food of the table is a part of food_id "" and unknown grams (NaN), unknown for every
    nutrient, never zero; `line` holds its words."""

    food_id: str
    grams: float
    line: str = ""


@dataclass(frozen=True)
class Recipe:
    """What a plan entry of a saved meal holds of it: its names, its ingredients for one
    serving as (food id, grams), and the ingredient lines matched to no food."""

    name_en: str
    name_nl: str
    ingredients: tuple[tuple[str, float], ...]
    unmatched: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_name(self.name_en, "what.meal_name")
        check_name(self.name_nl, "what.meal_dutch_name")
        if not self.ingredients:
            raise PlanError("plan.no_ingredient")
        check_lines(len(self.ingredients) + len(self.unmatched))
        checked = []
        for number, ingredient in enumerate(self.ingredients, start=1):
            with schema.at(partial(Message, "place.ingredient", number=number)):
                if not isinstance(ingredient, tuple) or len(ingredient) != 2:
                    raise PlanError("plan.not_ingredient", value=schema.shown(ingredient))
                food_id, grams = ingredient
                checked.append(
                    (
                        schema.food_id(food_id, PlanError),
                        schema.number(grams, "what.grams", 0, MAX_RECIPE_GRAMS, PlanError),
                    )
                )
        object.__setattr__(self, "ingredients", tuple(checked))
        object.__setattr__(self, "unmatched", tuple(check_line(line) for line in self.unmatched))

    @property
    def serving_grams(self) -> float:
        """The grams of one serving: its ingredients' (lines matched to no food have none)."""
        return math.fsum(grams for _, grams in self.ingredients)

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def parts(self, servings: float) -> list[Part]:
        return [Part(food_id, grams * servings) for food_id, grams in self.ingredients] + [
            Part("", math.nan, line) for line in self.unmatched
        ]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name_en": self.name_en,
            "name_nl": self.name_nl,
            "ingredients": [{"food_id": f, "grams": g} for f, g in self.ingredients],
        }
        if self.unmatched:
            out["unmatched"] = list(self.unmatched)
        return out

    @classmethod
    def from_dict(cls, data: object) -> Recipe:
        with schema.at("place.its_saved_meal"):
            found = schema.fields(
                data,
                "what.saved_meal",
                ("name_en", "name_nl", "ingredients"),
                ("unmatched",),
                PlanError,
            )
            listed = schema.items(found["ingredients"], "what.its_ingredients", PlanError)
            unmatched = schema.items(
                found.get("unmatched", []), "what.its_unmatched_lines", PlanError
            )
            check_lines(len(listed) + len(unmatched))  # before reading them
            ingredients = []
            for number, item in enumerate(listed, start=1):
                with schema.at(partial(Message, "place.ingredient", number=number)):
                    ingredient = schema.fields(
                        item, "what.ingredient", ("food_id", "grams"), (), PlanError
                    )
                    ingredients.append((ingredient["food_id"], ingredient["grams"]))
            return cls(found["name_en"], found["name_nl"], tuple(ingredients), tuple(unmatched))


@dataclass
class Entry:
    food_id: str
    grams: float
    portions: float | None = None  # how many household portions (servings) the user entered
    recipe: Recipe | None = None  # a saved meal's names and ingredients; None for a food

    def __post_init__(self) -> None:
        self.grams = check_grams(self.grams)
        schema.food_id(self.food_id, PlanError)
        self.portions = check_portions(self.portions)
        if self.recipe is not None and not isinstance(self.recipe, Recipe):
            raise PlanError("plan.not_saved_meal", value=schema.shown(self.recipe))

    @property
    def lines(self) -> int:
        """The ingredient lines a saved meal's entry holds (0 for a food)."""
        recipe = self.recipe
        return 0 if recipe is None else len(recipe.ingredients) + len(recipe.unmatched)

    @property
    def servings(self) -> float:
        """A saved meal's entry's servings, as its grams say them: grams / one serving's."""
        assert self.recipe is not None, "a food's entry has no servings"
        return self.grams / self.recipe.serving_grams

    def parts(self) -> list[Part]:
        """The food and its grams; for a saved meal, each ingredient for the servings eaten."""
        if self.recipe is None:
            return [Part(self.food_id, self.grams)]
        return self.recipe.parts(self.servings)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"food_id": self.food_id, "grams": self.grams}
        if self.portions is not None:
            out["portions"] = self.portions
        if self.recipe is not None:
            out["recipe"] = self.recipe.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: object, place: schema.Place = "place.an_entry") -> Entry:
        with schema.at(place):
            found = schema.fields(
                data, "what.entry", ("food_id", "grams"), ("portions", "recipe"), PlanError
            )
            recipe = found.get("recipe")
            return cls(
                found["food_id"],
                found["grams"],
                found.get("portions"),
                None if recipe is None else Recipe.from_dict(recipe),
            )


def day_parts(entries: Sequence[tuple[str, int, Entry]]) -> list[tuple[str, int, Part]]:
    """(meal, the entry's index in the meal, part) for every part of these entries of a day."""
    return [(meal, index, part) for meal, index, entry in entries for part in entry.parts()]


Meals = dict[str, list[Entry]]


def empty_meals() -> Meals:
    return {meal: [] for meal in MEALS}


def check_meals(meals: Meals) -> Meals:
    if set(meals) != set(MEALS):
        raise PlanError("plan.meals", meals=", ".join(MEALS))
    for meal in MEALS:
        if len(meals[meal]) > MAX_ENTRIES_PER_MEAL:
            raise MealFullError(
                "plan.meal_holds",
                meal=meal_name(meal),
                count=len(meals[meal]),
                most=MAX_ENTRIES_PER_MEAL,
            )
    return meals


def check_note(note: object) -> str:
    return schema.text(note, "what.note", schema.MAX_NOTE, PlanError)


@dataclass
class Day:
    date: dt.date
    meals: Meals = field(default_factory=empty_meals)
    note: str = ""

    def __post_init__(self) -> None:
        check_meals(self.meals)
        check_note(self.note)

    def entries(self) -> list[tuple[str, int, Entry]]:
        return [(meal, i, e) for meal in MEALS for i, e in enumerate(self.meals[meal])]

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "note": self.note,
            "meals": meals_to_dict(self.meals),
        }

    @classmethod
    def from_dict(cls, data: object, number: int) -> Day:
        """Day `number` (1 to 7) of a plan; errors name it and the entry."""
        place = Message("place.day", number=number)
        with schema.at(place):
            found = schema.fields(data, "what.day", ("date", "meals"), ("note",), PlanError)
            date = schema.date(found["date"], "what.its_date", PlanError)
        meals = meals_from_dict(found["meals"], place)
        with schema.at(place):
            return cls(date, meals, found.get("note", ""))


def meals_to_dict(meals: Meals) -> dict[str, list[dict[str, Any]]]:
    return {meal: [e.to_dict() for e in meals[meal]] for meal in MEALS}


def meals_from_dict(data: object, place: schema.What) -> Meals:
    """A day's meals from {meal: [entry, ...]}, a meal left out being empty; errors name the
    place ("day 3"), the meal and the entry."""
    with schema.at(place):
        listed = schema.fields(data, "what.its_meals", (), MEALS, PlanError)
        # Counted before any entry is read: a meal of a million entries is refused at once.
        check_meals(
            {meal: schema.items(listed.get(meal, []), meal_name(meal), PlanError) for meal in MEALS}
        )
    day, names = schema.said(place), {meal: meal_name(meal) for meal in MEALS}
    return {
        meal: [
            Entry.from_dict(
                e, partial(Message, "place.entry", place=day, meal=names[meal], number=i)
            )
            for i, e in enumerate(listed.get(meal, []), start=1)
        ]
        for meal in MEALS
    }


def _ids(entry: Entry) -> tuple[str, ...]:
    """The entry's food id, then its saved meal's ingredients'."""
    recipe = entry.recipe
    return (
        (entry.food_id,)
        if recipe is None
        else (entry.food_id, *(food_id for food_id, _ in recipe.ingredients))
    )


@dataclass(frozen=True)
class Slot:
    """Where an entry stands: day index, meal, position in the meal."""

    day: int
    meal: str
    index: int


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class PlanSettings:
    """Who the plan is for and how it is judged: what the profile dialog edits."""

    profile: Profile = field(default_factory=Profile)
    household_size: int = 1
    supplements: dict[str, float] = field(default_factory=dict)
    ratio_band: tuple[float, float] = DEFAULT_RATIO_BAND
    ratio_nudge: bool = False


def check_settings(settings: PlanSettings) -> None:
    """PlanError for the first value out of bounds (a Profile checks itself when made)."""
    check_household_size(settings.household_size)
    for nutrient, amount in settings.supplements.items():
        _check_supplement(nutrient, amount)
    _check_ratio_band(*settings.ratio_band)
    if not isinstance(settings.ratio_nudge, bool):
        raise PlanError("plan.ratio_nudge", value=schema.shown(settings.ratio_nudge))


def check_household_size(people: object) -> None:
    """A household of 1 to 50 people: what the plan holds and the shopping list multiplies by."""
    schema.whole_number(people, "what.household_size", 1, 50, PlanError)


def _check_supplement(nutrient: str, amount: float) -> None:
    if nutrient not in SUPPLEMENT_NUTRIENTS:
        raise PlanError(
            "plan.supplement_key", known=", ".join(SUPPLEMENT_NUTRIENTS), value=repr(nutrient)
        )
    schema.number(
        amount,
        Message("what.supplement", nutrient=nutrient),
        0,
        schema.MAX_SUPPLEMENT,
        PlanError,
        low_included=True,
    )


def _check_ratio_band(low: float, high: float) -> None:
    for end in (low, high):
        schema.number(end, "what.ratio_band", 0, 20, PlanError)
    if not low < high < 20:
        raise PlanError("plan.band_order", low=str(low), high=str(high))


@dataclass
class Plan:
    """A week; saved as a JSON object by to_dict(), read back by from_dict()."""

    start: dt.date = field(default_factory=lambda: monday_of(dt.date.today()))
    days: list[Day] = field(default_factory=list)
    profile: Profile = field(default_factory=Profile)
    household_size: int = 1
    supplements: dict[str, float] = field(default_factory=dict)
    ratio_band: tuple[float, float] = DEFAULT_RATIO_BAND
    ratio_nudge: bool = False  # balancing nudges the Ca:Mg ratio toward its band
    exclusions: set[str] = field(default_factory=set)
    favourites: set[str] = field(default_factory=set)
    disliked: set[str] = field(default_factory=set)
    in_stock: set[str] = field(default_factory=set)  # food ids left off the shopping list
    ticked: set[str] = field(default_factory=set)  # food ids ticked on the shopping list

    def __post_init__(self) -> None:
        # The whole week is in the calendar (9999-12-31 + 1 day would overflow).
        schema.in_range(self.start, "what.start", PlanError)
        schema.in_range(self.start + dt.timedelta(days=DAYS - 1), "what.last_day", PlanError)
        if not self.days:
            self.days = [Day(self.start + dt.timedelta(days=i)) for i in range(DAYS)]
        if len(self.days) != DAYS:
            raise PlanError("plan.days", days=DAYS, count=len(self.days))
        for i, day in enumerate(self.days):
            if day.date != self.start + dt.timedelta(days=i):
                raise PlanError(
                    "plan.day_date",
                    number=i + 1,
                    date=day.date.isoformat(),
                    expected=(self.start + dt.timedelta(days=i)).isoformat(),
                )
        check_settings(self.settings())
        for exclusion in self.exclusions:
            if exclusion not in EXCLUSIONS:
                raise PlanError(
                    "plan.exclusion", known=", ".join(EXCLUSIONS), value=schema.shown(exclusion)
                )
        for name in LISTED_FOODS:
            schema.food_ids(getattr(self, name), f"what.{name}", PlanError)
        self._check_lines()

    def to_dict(self) -> dict[str, Any]:
        """The plan as the file's JSON object holds it (storage adds the kind and version)."""
        return {
            "start": self.start.isoformat(),
            "profile": self.profile.to_dict(),
            "household_size": self.household_size,
            "supplements": dict(self.supplements),
            "ratio_band": list(self.ratio_band),
            "ratio_nudge": self.ratio_nudge,
            "exclusions": sorted(self.exclusions),
            **{name: sorted(getattr(self, name)) for name in LISTED_FOODS},
            "days": [day.to_dict() for day in self.days],
        }

    @classmethod
    def from_dict(cls, data: object) -> Plan:
        """A plan from its JSON object; PlanError or ProfileError names the value and where."""
        found = schema.fields(
            data, "what.plan", ("start", "profile", "days"), OPTIONAL_KEYS, PlanError
        )
        days = schema.items(found["days"], "what.days", PlanError)
        if len(days) != DAYS:
            raise PlanError("plan.days", days=DAYS, count=len(days))
        supplements = schema.fields(
            found.get("supplements", {}), "what.supplements", (), SUPPLEMENT_NUTRIENTS, PlanError
        )
        band = schema.items(
            found.get("ratio_band", list(DEFAULT_RATIO_BAND)), "what.ratio_band", PlanError
        )
        if len(band) != 2:
            raise PlanError("plan.band_numbers", count=len(band))
        exclusions = schema.items(found.get("exclusions", []), "what.exclusions", PlanError)
        if not all(isinstance(e, str) for e in exclusions):
            raise PlanError("plan.exclusions_text", value=schema.shown(exclusions))
        return cls(
            start=schema.date(found["start"], "what.start", PlanError),
            days=[Day.from_dict(day, i) for i, day in enumerate(days, start=1)],
            profile=Profile.from_dict(found["profile"]),
            household_size=found.get("household_size", 1),
            supplements=dict(supplements),
            ratio_band=tuple(band),
            ratio_nudge=found.get("ratio_nudge", False),
            exclusions=set(exclusions),
            **{
                name: schema.food_ids(found.get(name, []), f"what.{name}", PlanError)
                for name in LISTED_FOODS
            },
        )

    # --- looking up -------------------------------------------------------------------

    @property
    def dates(self) -> list[dt.date]:
        return [d.date for d in self.days]

    def day_index(self, date: dt.date) -> int:
        offset = (date - self.start).days
        if not 0 <= offset < DAYS:
            raise PlanError("plan.not_in_week", date=date.isoformat(), start=self.start.isoformat())
        return offset

    def day(self, day: int) -> Day:
        if not isinstance(day, int) or not 0 <= day < DAYS:
            raise PlanError("plan.day_index", last=DAYS - 1, value=repr(day))
        return self.days[day]

    def meal(self, day: int, meal: str) -> list[Entry]:
        if meal not in MEALS:
            raise PlanError("plan.meal_key", meals=", ".join(MEALS), value=repr(meal))
        return self.day(day).meals[meal]

    def entry(self, slot: Slot) -> Entry:
        entries = self.meal(slot.day, slot.meal)
        if not 0 <= slot.index < len(entries):
            raise PlanError(
                "plan.no_entry", number=slot.index + 1, meal=meal_name(slot.meal), day=slot.day + 1
            )
        return entries[slot.index]

    def entries(self) -> list[tuple[int, str, Entry]]:
        """Every entry as (day index, meal, entry), in day and meal order."""
        return [(i, meal, e) for i, day in enumerate(self.days) for meal, _, e in day.entries()]

    def food_ids(self, lists: bool = False) -> set[str]:
        """The foods the entries bring (a saved meal's ingredients, not the meal itself); with
        lists, also those of the lists of foods."""
        named = {p.food_id for _, _, e in self.entries() for p in e.parts() if p.food_id}
        return named.union(*(getattr(self, name) for name in LISTED_FOODS)) if lists else named

    def lines(self) -> int:
        """The ingredient lines of the week's saved-meal entries."""
        return sum(e.lines for _, _, e in self.entries())

    def _check_lines(self, more: int = 0, less: int = 0) -> None:
        """That the week's saved meals hold no more ingredient lines than a week can, with
        `more` lines added and `less` taken away."""
        total = self.lines() + more - less
        if total > MAX_WEEK_INGREDIENTS:
            raise PlanError("plan.week_lines", count=total, most=MAX_WEEK_INGREDIENTS)

    # --- editing: each returns what undoing it needs -----------------------------------

    def add(self, day: int, meal: str, entry: Entry, index: int | None = None) -> Slot:
        return self.add_entries(day, meal, [entry], index)

    def add_entries(
        self, day: int, meal: str, entries: list[Entry], index: int | None = None
    ) -> Slot:
        """Insert entries one after the other (all or none); returns the first one's slot."""
        target = self.meal(day, meal)
        index = len(target) if index is None else index
        if not 0 <= index <= len(target):
            raise PlanError("plan.insert_at", position=index + 1, meal=meal_name(meal))
        self._check_room(day, meal, len(entries))
        lines = sum(e.lines for e in entries)
        if lines:
            self._check_lines(lines)
        target[index:index] = entries
        return Slot(day, meal, index)

    def room(self, day: int, meal: str) -> int:
        """How many more entries the meal can take."""
        return MAX_ENTRIES_PER_MEAL - len(self.meal(day, meal))

    def _check_room(self, day: int, meal: str, count: int) -> None:
        if count > self.room(day, meal):
            raise MealFullError(
                "plan.meal_full",
                meal=meal_name(meal),
                day=day + 1,
                count=len(self.meal(day, meal)),
                most=MAX_ENTRIES_PER_MEAL,
            )

    def remove(self, slot: Slot) -> Entry:
        self.entry(slot)
        return self.meal(slot.day, slot.meal).pop(slot.index)

    def set_grams(
        self, slot: Slot, grams: float, portions: float | None = None
    ) -> tuple[float, float | None]:
        entry = self.entry(slot)
        grams, portions = check_grams(grams), check_portions(portions)
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
            raise PlanError("plan.move_to", position=index + 1, meal=meal_name(meal))
        if (day, meal) != (source.day, source.meal):
            self._check_room(day, meal, 1)
        entry = self.meal(source.day, source.meal).pop(source.index)
        target.insert(index, entry)
        return Slot(day, meal, index)

    def replace_day(self, day: int, meals: Meals, note: str | None = None) -> tuple[Meals, str]:
        """Put these meals (copied) in a day; returns the day's old meals and note."""
        target = self.day(day)
        check_meals(meals)
        if note is not None:
            check_note(note)
        lines = sum(e.lines for meal in MEALS for e in meals[meal])
        if lines:
            self._check_lines(lines, sum(e.lines for _, _, e in target.entries()))
        old = (self._put_meals(day, meals), target.note)
        if note is not None:
            target.note = note
        return old

    def replace_days(self, meals_by_day: Mapping[int, Meals]) -> dict[int, Meals]:
        """New meals for several days, all checked (the days, their meals and the week's
        ingredient lines with every day replaced) before any changes; returns the old meals."""
        for day, meals in meals_by_day.items():
            self.day(day)
            check_meals(meals)
        self._check_lines(
            sum(e.lines for meals in meals_by_day.values() for m in MEALS for e in meals[m]),
            sum(e.lines for day in meals_by_day for _, _, e in self.day(day).entries()),
        )
        # Put in place as checked: one day at a time, a day that adds lines before one that
        # frees them could pass the week's limit in between.
        return {day: self._put_meals(day, meals) for day, meals in meals_by_day.items()}

    def _put_meals(self, day: int, meals: Meals) -> Meals:
        """A day's meals (copied, already checked) in place; returns the old ones."""
        target = self.day(day)
        old, target.meals = target.meals, {meal: copy.deepcopy(meals[meal]) for meal in MEALS}
        return old

    def copy_day(self, source: int, target: int) -> tuple[Meals, str]:
        return self.replace_day(target, self.day(source).meals)

    def clear_day(self, day: int) -> tuple[Meals, str]:
        return self.replace_day(day, empty_meals())

    def set_note(self, day: int, note: str) -> str:
        old = self.day(day).note
        self.day(day).note = check_note(note)
        return old

    def replace_food_ids(self, new_ids: Mapping[str, str]) -> FoodIds:
        """Put new_ids[old] for each old id in every entry, saved meal's ingredient and list
        of foods (favourites, disliked, in stock, ticked); returns the ids as they were, for
        set_food_ids."""
        entries = [tuple(new_ids.get(i, i) for i in _ids(e)) for _, _, e in self.entries()]
        lists = {name: {new_ids.get(i, i) for i in getattr(self, name)} for name in LISTED_FOODS}
        return self.set_food_ids((entries, lists))

    def set_food_ids(self, ids: FoodIds) -> FoodIds:
        """Give the entries, in order, and the lists of foods these ids (an entry's own, then
        its saved meal's ingredients'); returns the old ones. The entries stay where they are
        with their grams: only what they name changes."""
        entries, lists = ids
        current = self.entries()
        if len(entries) != len(current) or set(lists) != set(LISTED_FOODS):
            raise PlanError("plan.ids_for_entries", ids=len(entries), entries=len(current))
        for number, (new, (_, _, entry)) in enumerate(zip(entries, current), start=1):
            if len(new) != len(_ids(entry)):
                raise PlanError(
                    "plan.ids_for_entry", ids=len(new), number=number, names=len(_ids(entry))
                )
        for food_ids in entries:
            for food_id in food_ids:
                schema.food_id(food_id, PlanError)
        checked = {
            name: schema.food_ids(lists[name], f"what.{name}", PlanError) for name in LISTED_FOODS
        }
        old = (
            [_ids(e) for _, _, e in current],
            {name: set(getattr(self, name)) for name in LISTED_FOODS},
        )
        for (_, _, entry), (food_id, *ingredients) in zip(current, entries):
            entry.food_id = food_id
            if entry.recipe is not None:
                entry.recipe = replace(
                    entry.recipe,
                    ingredients=tuple(
                        (new, grams)
                        for new, (_, grams) in zip(ingredients, entry.recipe.ingredients)
                    ),
                )
        for name, values in checked.items():
            setattr(self, name, values)
        return old

    def preference(self, food_id: str) -> str | None:
        """'favourites', 'disliked' or None: how balancing treats the food."""
        return next((name for name in PREFERENCES if food_id in getattr(self, name)), None)

    def set_preference(self, food_id: str, preference: str | None) -> str | None:
        """Make a food a favourite, disliked or neither (out of the other list, so never
        both); returns what it was. PlanError with the plan unchanged for a bad id or a full
        list."""
        if preference is not None and preference not in PREFERENCES:
            raise ValueError(f"not a preference: {preference!r}")
        schema.food_id(food_id, PlanError)
        old = self.preference(food_id)
        if preference is not None:
            chosen = schema.food_ids(
                getattr(self, preference) | {food_id}, f"what.{preference}", PlanError
            )
        for name in PREFERENCES:
            getattr(self, name).discard(food_id)
        if preference is not None:
            setattr(self, preference, chosen)
        return old

    # --- settings ------------------------------------------------------------------------

    def settings(self) -> PlanSettings:
        return PlanSettings(
            self.profile,
            self.household_size,
            dict(self.supplements),
            self.ratio_band,
            self.ratio_nudge,
        )

    def set_settings(self, settings: PlanSettings) -> PlanSettings:
        """Put new settings in place, all checked before any is set; returns the old ones."""
        check_settings(settings)
        old = self.settings()
        self.profile = settings.profile
        self.household_size = settings.household_size
        self.supplements = {k: float(v) for k, v in settings.supplements.items() if v}
        self.ratio_band = (float(settings.ratio_band[0]), float(settings.ratio_band[1]))
        self.ratio_nudge = settings.ratio_nudge
        return old

    def fresh_week(self, start: dt.date, days: list[Day] | None = None) -> Plan:
        """Another week (empty, or these days) for the same household: the profile, household,
        supplements, Ca:Mg band and nudge, exclusions, favourites, disliked foods and foods
        kept in stock carry over; the ticks on the shopping list belong to this week's
        shopping and do not."""
        return Plan(
            start=start,
            days=[] if days is None else days,
            profile=self.profile,
            household_size=self.household_size,
            supplements=dict(self.supplements),
            ratio_band=self.ratio_band,
            ratio_nudge=self.ratio_nudge,
            exclusions=set(self.exclusions),
            favourites=set(self.favourites),
            disliked=set(self.disliked),
            in_stock=set(self.in_stock),
        )

    def copy(self) -> Plan:
        return copy.deepcopy(self)
