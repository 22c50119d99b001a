"""The food table's schema: its columns, sections, meals and tags, and how a table is checked.

Every table, bundled, the user's own or imported, is checked here once, when it is read from a
CSV file or imported; a table stored by the library (planner.food_columns) was checked before
it was stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from planner.messages import Message, PlannerError

SECTIONS = (
    "vegetables",
    "fruit",
    "bread and cereals",
    "grains and pasta",
    "potatoes",
    "legumes",
    "nuts and seeds",
    "dairy and eggs",
    "cheese",
    "meat",
    "fish",
    "plant proteins",
    "fats and spreads",
    "sweets and snacks",
    "drinks",
    "herbs and spices",
    "other",
)
# Per 100 g of edible food; an empty cell means "not analysed", never zero.
NUTRIENTS = (
    "energy_kcal",
    "protein_g",
    "fat_g",
    "carbohydrate_g",
    "fiber_g",
    "magnesium_mg",
    "calcium_mg",
    "vitamin_d_ug",
    "potassium_mg",
    "phosphorus_mg",
    "sodium_mg",
    "caffeine_mg",
)
TAGS = (
    "vegetarian",
    "vegan",
    "contains_nuts",
    "contains_fish",
    "contains_dairy",
    "contains_gluten",
    "contains_egg",
    "contains_soy",
)
# Added after tables were first saved, and in few sources: a table without the column knows
# none of it.
LATER_NUTRIENTS = ("caffeine_mg",)
TEXT_COLUMNS = ("food_id", "name_en", "name_nl", "section", "portion_en", "portion_nl")
COLUMNS = TEXT_COLUMNS + NUTRIENTS + ("portion_g",) + TAGS
# What a curated table says of a food beyond its figures, for advice; a table without these
# columns (an import) gets the defaults below, from the store section.
#   meals       the meals it fits, space-separated ("breakfast lunch")
#   family      one key for every form of one food ("spinach": raw, cooked, frozen)
#   swap_group  foods that stand in for one another in a meal ("bread": white, wholemeal)
#   mg_source   1 for the magnesium sources Magplan is built around: whole grains, nuts,
#               seeds, pulses, leafy greens, avocado, banana, dark chocolate
#   estimated   nutrient columns whose figure is an estimate (the source says "traces"
#               or "< x"), space-separated
ADVICE_COLUMNS = ("meals", "family", "swap_group", "mg_source", "estimated")
OPTIONAL_COLUMNS = ("source",) + ADVICE_COLUMNS
MEALS = ("breakfast", "lunch", "dinner", "snack")
MEALS_BY_SECTION = {
    "vegetables": "lunch dinner",
    "fruit": "breakfast lunch snack",
    "bread and cereals": "breakfast lunch",
    "grains and pasta": "dinner",
    "potatoes": "dinner",
    "legumes": "lunch dinner",
    "nuts and seeds": "breakfast snack",
    "dairy and eggs": "breakfast lunch snack",
    "cheese": "breakfast lunch",
    "meat": "lunch dinner",
    "fish": "lunch dinner",
    "plant proteins": "lunch dinner",
    "fats and spreads": "breakfast lunch dinner",
    "sweets and snacks": "snack",
    "drinks": "breakfast lunch dinner snack",
    "herbs and spices": "lunch dinner",
    "other": "lunch dinner",
}
MG_SOURCE_SECTIONS = ("nuts and seeds", "legumes")
PER = ("100g", "portion", "100kcal")

# No spaces nor control characters: an id is stored as bytes, which a NUL would end early.
_FOOD_ID = re.compile(r"^[a-z]+:[^\s\x00-\x1f\x7f]+$")


class FoodTableError(PlannerError):
    """A food table that cannot be used; the message names the row and column."""


def meal_bits(meals: str) -> int:
    """The meals a food fits as bits: 1 << MEALS.index(meal) for each."""
    return sum(1 << MEALS.index(m) for m in meals.split())


def validated(frame: pd.DataFrame, origin: str) -> pd.DataFrame:
    """The frame with numbers parsed and the id as index, or one clear FoodTableError."""
    missing = [c for c in COLUMNS if c not in frame.columns and c not in LATER_NUTRIENTS]
    if missing:
        raise FoodTableError("foods.missing_column", origin=origin, column=repr(missing[0]))
    unknown = [c for c in frame.columns if c not in COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise FoodTableError("foods.unknown_column", origin=origin, column=repr(unknown[0]))

    def fail(position: int, column: str, problem: str, **params: object) -> FoodTableError:
        # Line numbers as a spreadsheet shows them: the header is line 1.
        return FoodTableError(
            "foods.cell",
            origin=origin,
            line=position + 2,
            column=repr(column),
            problem=Message(problem, **params),
        )

    out = frame.reset_index(drop=True)
    for nutrient in LATER_NUTRIENTS:
        if nutrient not in out.columns:
            out[nutrient] = np.nan
    for column in TEXT_COLUMNS:
        text = out[column].fillna("").astype(str).str.strip()
        if column in ("food_id", "name_en", "name_nl", "section"):
            empty = np.flatnonzero(text.eq("").to_numpy())
            if len(empty):
                raise fail(int(empty[0]), column, "foods.empty")
        out[column] = text
    bad_id = np.flatnonzero(~out["food_id"].str.match(_FOOD_ID).to_numpy())
    if len(bad_id):
        raise fail(int(bad_id[0]), "food_id", "foods.bad_id", value=repr(out["food_id"][bad_id[0]]))
    duplicate = np.flatnonzero(out["food_id"].duplicated().to_numpy())
    if len(duplicate):
        raise fail(
            int(duplicate[0]), "food_id", "foods.twice", value=repr(out["food_id"][duplicate[0]])
        )
    bad_section = np.flatnonzero(~out["section"].isin(SECTIONS).to_numpy())
    if len(bad_section):
        raise fail(
            int(bad_section[0]),
            "section",
            "foods.bad_section",
            value=repr(out["section"][bad_section[0]]),
        )

    for column in NUTRIENTS + ("portion_g",) + TAGS:
        raw = out[column]
        if raw.dtype == object or pd.api.types.is_string_dtype(raw):
            raw = raw.fillna("").astype(str).str.strip()
            number = pd.to_numeric(raw.where(raw != ""), errors="coerce")
            wrong = np.flatnonzero((number.isna() & raw.ne("")).to_numpy())
            if len(wrong):
                raise fail(int(wrong[0]), column, "foods.not_number", value=repr(raw[wrong[0]]))
        else:
            number = pd.to_numeric(raw, errors="coerce")
        values = number.to_numpy(dtype=float)
        negative = np.flatnonzero(values < 0)
        if len(negative):
            raise fail(int(negative[0]), column, "foods.negative", value=float(values[negative[0]]))
        infinite = np.flatnonzero(np.isinf(values))
        if len(infinite):
            raise fail(int(infinite[0]), column, "foods.not_finite")
        if column == "portion_g":
            bad = np.flatnonzero(~(values > 0))
            if len(bad):
                raise fail(int(bad[0]), column, "foods.portion")
        if column in TAGS:
            bad = np.flatnonzero(~np.isin(values, (0, 1)))
            if len(bad):
                raise fail(int(bad[0]), column, "foods.flag")
            out[column] = values.astype(np.int8)
        else:
            out[column] = values
    _add_advice(out, fail)
    return out.set_index("food_id", drop=False).rename_axis(None)


def _each_distinct(values: pd.Series, check: Callable[[str], bool]) -> np.ndarray:
    """check(value) for every row, asked once per distinct value (a table of 400,000 foods
    has a few dozen)."""
    codes, distinct = pd.factorize(values)
    return np.array([check(v) for v in distinct], dtype=bool)[codes]


def _add_advice(out: pd.DataFrame, fail: Callable[..., FoodTableError]) -> None:
    """Checks the advice columns where given and fills in the section's defaults where not."""

    def text(column: str) -> pd.Series:
        if column not in out.columns:
            return pd.Series("", index=out.index)
        values = out[column]
        return values.astype(str).where(values.notna(), "").str.strip().str.lower()

    meals = text("meals")
    meals = meals.where(meals != "", out["section"].map(MEALS_BY_SECTION))
    bad = np.flatnonzero(~_each_distinct(meals, lambda m: bool(m) and set(m.split()) <= set(MEALS)))
    if len(bad):
        raise fail(
            int(bad[0]), "meals", "foods.meals", value=repr(meals[bad[0]]), meals=" ".join(MEALS)
        )
    out["meals"] = meals
    out["family"] = text("family")
    out["swap_group"] = text("swap_group")
    estimated = text("estimated")
    bad = np.flatnonzero(~_each_distinct(estimated, lambda e: set(e.split()) <= set(NUTRIENTS)))
    if len(bad):
        raise fail(int(bad[0]), "estimated", "foods.estimated", value=repr(estimated[bad[0]]))
    out["estimated"] = estimated
    given = text("mg_source")
    source = pd.to_numeric(given.where(given != ""), errors="coerce")
    source = source.where(given != "", out["section"].isin(MG_SOURCE_SECTIONS).astype(float))
    bad = np.flatnonzero(~source.isin((0, 1)).to_numpy())
    if len(bad):
        raise fail(int(bad[0]), "mg_source", "foods.mg_source", value=repr(given[bad[0]]))
    out["mg_source"] = source.to_numpy().astype(np.int8)
