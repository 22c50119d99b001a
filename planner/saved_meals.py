"""Saved meals (recipes): composed once from foods of the table, reused on any day.

A saved meal has a name in English and Dutch, ingredients (a food and its grams for the whole
recipe, with the household portions the user gave them in), how many servings it makes,
ingredient lines that name no food of the table (kept from an import, counted as unknown),
and notes. Its figures per serving come from its ingredients (`SavedMeals.figures`), with
coverage as a day has it: a value an ingredient lacks is not zero, the figure is "at least"
and says how many ingredients lack it.

Put in a plan, a saved meal becomes an entry that carries its names and its ingredients per
serving (planner.plan.Recipe): the plan does not depend on this folder.

    <folder>/meals.json   {"kind": "magplan-meals", "version": 1, "meals": [...]}

The file is read whole or not at all, with the plan's schema care (planner/schema.py: types,
ranges, finite numbers, no unknown key), and written atomically. Every change reads the file
again first, so two windows (or a window and the command line) saving meals keep each
other's; a damaged file is never written over, and every change refuses until it is mended.
"""

from __future__ import annotations

import json
import math
from collections.abc import Set
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from planner import schema
from planner.file_io import read_bytes, write_atomic
from planner.foods import NUTRIENTS, FoodTable, normalise
from planner.messages import Message
from planner.plan import (
    MAX_GRAMS,
    Entry,
    PlanError,
    Recipe,
    check_line,
    check_lines,
    check_name,
    check_note,
    check_portions,
)
from planner.schema import MAX_RECIPE_GRAMS, MAX_SERVINGS
from planner.totals import Figures
from planner.word_index import WordIndex, match, ranked

KIND = "magplan-meals"
VERSION = 1
FILE = "meals.json"
PREFIX = "meal:"
MAX_SAVED_MEALS = 1000
# The largest file these limits allow, written with the widest characters, is under this
# (tests/test_saved_meals.py builds it): read before parsing, like a plan.
MAX_FILE_BYTES = 64 * 1024 * 1024


class MealError(PlanError):
    """A saved meal that cannot be made or stored, or a meals file that cannot be read."""


@dataclass(frozen=True)
class Ingredient:
    food_id: str
    grams: float  # for the whole recipe
    portions: float | None = None  # household portions the user gave it in, if any

    def __post_init__(self) -> None:
        schema.food_id(self.food_id, MealError)
        object.__setattr__(
            self, "grams", schema.number(self.grams, "what.grams", 0, MAX_RECIPE_GRAMS, MealError)
        )
        object.__setattr__(self, "portions", check_portions(self.portions))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"food_id": self.food_id, "grams": self.grams}
        if self.portions is not None:
            out["portions"] = self.portions
        return out

    @classmethod
    def from_dict(cls, data: object) -> Ingredient:
        found = schema.fields(
            data, "what.ingredient", ("food_id", "grams"), ("portions",), MealError
        )
        return cls(found["food_id"], found["grams"], found.get("portions"))


@dataclass(frozen=True)
class SavedMeal:
    meal_id: str
    name_en: str
    name_nl: str
    ingredients: tuple[Ingredient, ...]
    servings: int = 1
    unmatched: tuple[str, ...] = ()  # ingredient lines that name no food of the table
    notes: str = ""

    def __post_init__(self) -> None:
        for ingredient in self.ingredients:
            if not isinstance(ingredient, Ingredient):
                raise MealError("meals.not_ingredient", value=schema.shown(ingredient))
        try:
            schema.food_id(self.meal_id, MealError)
            if not self.meal_id.startswith(PREFIX):
                raise MealError(
                    "meals.id_prefix", prefix=repr(PREFIX), value=schema.shown(self.meal_id)
                )
            schema.whole_number(self.servings, "what.servings", 1, MAX_SERVINGS, MealError)
            self.recipe()  # names, ingredients and lines, checked as a plan checks them
            check_note(self.notes)
        except PlanError as err:
            raise MealError(err.message) from None

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def recipe(self) -> Recipe:
        """What a plan entry holds of the meal: its names and ingredients for one serving."""
        return Recipe(
            self.name_en,
            self.name_nl,
            tuple((i.food_id, i.grams / self.servings) for i in self.ingredients),
            self.unmatched,
        )

    @property
    def serving_grams(self) -> float:
        return math.fsum(i.grams for i in self.ingredients) / self.servings

    def entry(self, servings: float = 1.0) -> Entry:
        """A plan entry of this many servings."""
        recipe = self.recipe()
        grams = recipe.serving_grams * servings
        if grams > MAX_GRAMS:
            raise MealError(
                "meals.too_heavy",
                servings=f"{servings:g}",
                name=self.name_en,
                grams=f"{grams:.0f}",
                most=f"{MAX_GRAMS:.0f}",
            )
        return Entry(self.meal_id, grams, check_portions(servings), recipe)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "meal_id": self.meal_id,
            "name_en": self.name_en,
            "name_nl": self.name_nl,
            "servings": self.servings,
            "ingredients": [i.to_dict() for i in self.ingredients],
        }
        if self.unmatched:
            out["unmatched"] = list(self.unmatched)
        if self.notes:
            out["notes"] = self.notes
        return out

    @classmethod
    def from_dict(cls, data: object) -> SavedMeal:
        found = schema.fields(
            data,
            "what.saved_meal",
            ("meal_id", "name_en", "name_nl", "servings", "ingredients"),
            ("unmatched", "notes"),
            MealError,
        )
        listed = schema.items(found["ingredients"], "what.its_ingredients", MealError)
        unmatched = schema.items(found.get("unmatched", []), "what.its_unmatched_lines", MealError)
        try:
            check_lines(len(listed) + len(unmatched))  # before reading them
        except PlanError as err:
            raise MealError(err.message) from None
        ingredients = []
        for number, item in enumerate(listed, start=1):
            with schema.at(partial(Message, "place.ingredient", number=number)):
                ingredients.append(Ingredient.from_dict(item))
        return cls(
            found["meal_id"],
            found["name_en"],
            found["name_nl"],
            tuple(ingredients),
            found["servings"],
            tuple(unmatched),
            found.get("notes", ""),
        )


def new_meal(
    meal_id: str,
    name_en: str,
    name_nl: str,
    ingredients: list[Ingredient],
    servings: int = 1,
    unmatched: list[str] | None = None,
    notes: str = "",
) -> SavedMeal:
    """A saved meal from what a dialog or an import gives, names and lines checked on the way
    (MealError names what is wrong)."""
    try:
        lines = tuple(check_line(line) for line in unmatched or [])
        name_nl = name_nl.strip() or name_en.strip()
        return SavedMeal(
            meal_id,
            check_name(name_en.strip(), "what.the_name"),
            check_name(name_nl, "what.the_dutch_name"),
            tuple(ingredients),
            servings,
            lines,
            notes,
        )
    except PlanError as err:
        raise MealError(err.message) from None


@dataclass(frozen=True)
class MealFigures:
    """Per saved meal (in the order of SavedMeals.meals): the known sums per serving by
    nutrient column, how many ingredient lines lack each value, and the serving's grams."""

    known: np.ndarray  # (meals, NUTRIENTS)
    missing: np.ndarray  # (meals, NUTRIENTS), int
    serving_grams: np.ndarray
    lines: np.ndarray  # ingredient lines per meal, int
    estimated: np.ndarray  # (meals, NUTRIENTS), int: lines whose value is an estimate (≈)

    def of(self, position: int) -> Figures:
        return Figures(
            dict(zip(NUTRIENTS, self.known[position].tolist())),
            dict(zip(NUTRIENTS, self.missing[position].tolist())),
            int(self.lines[position]),
        )


def meal_figures(meals: list[SavedMeal] | tuple[SavedMeal, ...], foods: FoodTable) -> MealFigures:
    """Every meal's figures per serving in one pass (one lookup of every ingredient, one
    matrix product), as day_totals sums a day."""
    owner = [m for m, meal in enumerate(meals) for _ in meal.ingredients]
    ids = [i.food_id for meal in meals for i in meal.ingredients]
    grams = np.array(
        [i.grams / meal.servings for meal in meals for i in meal.ingredients], dtype=float
    )
    rows = foods.positions(ids) if ids else np.empty(0, np.intp)
    contribution = np.full((len(ids), len(NUTRIENTS)), np.nan)
    contribution[rows >= 0] = foods.values[rows[rows >= 0]] * (grams[rows >= 0] / 100)[:, None]
    unknown = np.isnan(contribution)
    estimated = np.zeros(contribution.shape, dtype=bool)
    estimated[rows >= 0] = foods.estimated[rows[rows >= 0]]
    by_meal = np.zeros((len(meals), len(ids)))
    by_meal[owner, np.arange(len(ids))] = 1.0
    lines_unmatched = np.array([len(m.unmatched) for m in meals], dtype=int)
    missing = (by_meal @ unknown).astype(int) + lines_unmatched[:, None]
    return MealFigures(
        by_meal @ np.where(unknown, 0.0, contribution),
        missing,
        by_meal @ grams,
        np.array([len(m.ingredients) for m in meals], dtype=int) + lines_unmatched,
        (by_meal @ estimated).astype(int),
    )


@dataclass
class SavedMeals:
    """The saved meals of a data folder, in the order they were first saved, with a word
    index over their names (as a food table's) to search them."""

    folder: Path
    meals: tuple[SavedMeal, ...] = ()
    _index: WordIndex | None = field(default=None, repr=False, compare=False)
    _figures: tuple[FoodTable, MealFigures] | None = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> Path:
        return self.folder / FILE

    @classmethod
    def open(cls, folder: Path | str) -> SavedMeals:
        """The folder's saved meals (none when it has no file); MealError when the file
        cannot be read."""
        book = cls(Path(folder))
        book.meals = book._read()
        return book

    def _read(self) -> tuple[SavedMeal, ...]:
        if not self.path.exists():
            return ()
        data = read_bytes(self.path, MealError, "meals file", limit=MAX_FILE_BYTES)
        try:
            return meals_from_document(schema.parse_json(data, MealError, MAX_FILE_BYTES))
        except MealError as err:
            raise MealError("file.in", path=str(self.path), error=err.message) from None

    def _write(self, meals: tuple[SavedMeal, ...]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {"kind": KIND, "version": VERSION, "meals": [m.to_dict() for m in meals]}
        text = json.dumps(document, ensure_ascii=False, allow_nan=False, indent=1) + "\n"
        write_atomic(self.path, text.encode("utf-8"))
        self.meals, self._index, self._figures = meals, None, None

    # --- looking up -----------------------------------------------------------------------

    def __contains__(self, meal_id: object) -> bool:
        return any(m.meal_id == meal_id for m in self.meals)

    def get(self, meal_id: str) -> SavedMeal:
        for meal in self.meals:
            if meal.meal_id == meal_id:
                return meal
        raise MealError("meals.none_with_id", meal_id=repr(meal_id))

    def find(self, text: str) -> SavedMeal:
        """A meal by its id, or by a name (English or Dutch, case and accents ignored), or
        the one meal the text finds."""
        for meal in self.meals:
            if text in (meal.meal_id, meal.meal_id.removeprefix(PREFIX)) or normalise(text) in (
                normalise(meal.name_en),
                normalise(meal.name_nl),
            ):
                return meal
        found = self.search(text)
        if len(found) == 1:
            return self.meals[int(found[0])]
        if not len(found):
            raise MealError("meals.none_called", text=repr(text))
        names = ", ".join(self.meals[int(i)].name_en for i in found[:3])
        raise MealError(
            "meals.which",
            text=repr(text),
            count=len(found),
            names=names + (", ..." if len(found) > 3 else ""),
        )

    def free_id(self, name: str, taken: Set[str] = frozenset()) -> str:
        """An id for a new meal of this name, none of the book's nor of `taken`:
        meal:overnight-oats, meal:overnight-oats-2, ..."""
        base = PREFIX + (normalise(name).replace(" ", "-")[:60].strip("-") or "meal")
        taken = {m.meal_id for m in self.meals} | set(taken)
        meal_id, n = base, 2
        while meal_id in taken:
            meal_id, n = f"{base}-{n}", n + 1
        return meal_id

    def search(self, text: str) -> np.ndarray:
        """Positions in `meals` of the meals whose names match every word of the text, best
        first, as FoodTable.search ranks foods; every meal, by English name, for no text."""
        if self._index is None:
            self._index = WordIndex.build(
                [m.name_en for m in self.meals], [m.name_nl for m in self.meals]
            )
        found = match([self._index], text)
        if found is None:
            return np.argsort(
                np.array([m.name_en.casefold() for m in self.meals], dtype=str), kind="stable"
            )
        rows, scores = found[0]
        return ranked(rows, scores, self._index.name_length[rows])

    def figures(self, foods: FoodTable) -> MealFigures:
        """Every meal's figures per serving against this food table (kept until either
        changes)."""
        if self._figures is None or self._figures[0] is not foods:
            self._figures = (foods, meal_figures(self.meals, foods))
        return self._figures[1]

    # --- changing: each reads the file first, and returns what undoing it needs -------------

    def put(self, meal: SavedMeal) -> SavedMeal | None:
        """Save a meal, new or in place of the one of its id; returns the one it replaced."""
        return self.put_all([meal])[0]

    def put_all(self, meals: list[SavedMeal]) -> list[SavedMeal | None]:
        """Save meals at once (an import), each new or in place of the one of its id;
        returns the ones they replaced, None for a new one."""
        saved = {m.meal_id: m for m in self._read()}
        old = [saved.get(m.meal_id) for m in meals]
        saved.update((m.meal_id, m) for m in meals)
        if len(saved) > MAX_SAVED_MEALS:
            raise MealError("meals.too_many", count=len(saved), most=MAX_SAVED_MEALS)
        self._write(tuple(saved.values()))
        return old

    def remove(self, meal_id: str) -> SavedMeal:
        """Take a meal out; returns it."""
        meals = self._read()
        old = next((m for m in meals if m.meal_id == meal_id), None)
        if old is None:
            raise MealError("meals.none_with_id", meal_id=repr(meal_id))
        self._write(tuple(m for m in meals if m.meal_id != meal_id))
        return old

    def restore(self, meals: list[tuple[str, SavedMeal | None]]) -> None:
        """Undo puts and removals: the meals of these ids as they were (None: not there)."""
        saved = {m.meal_id: m for m in self._read()}
        for meal_id, old in meals:
            if old is None:
                saved.pop(meal_id, None)
            else:
                saved[meal_id] = old
        self._write(tuple(saved.values()))


def meals_from_document(document: object) -> tuple[SavedMeal, ...]:
    """The meals of a parsed meals file; MealError names what is wrong and where."""
    schema.version(document, KIND, VERSION, "meals_file", MealError)
    found = schema.fields(
        document, "what.the_meals_file", ("kind", "version", "meals"), (), MealError
    )
    listed = schema.items(found["meals"], "what.meals", MealError)
    if len(listed) > MAX_SAVED_MEALS:
        raise MealError("meals.file_too_many", count=len(listed), most=MAX_SAVED_MEALS)
    meals = []
    for number, item in enumerate(listed, start=1):
        with schema.at(partial(Message, "place.saved_meal", number=number)):
            meals.append(SavedMeal.from_dict(item))
    ids = [m.meal_id for m in meals]
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise MealError("meals.twice", meal_id=repr(twice))
    return tuple(meals)
