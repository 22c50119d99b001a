"""The plan's schema in one place: the limits a plan keeps to, the checks every value passes on
its way in (from a plan file, a CSV import, the clipboard or the window), and JSON read within
those limits.

Each type converts itself (`Entry.to_dict()` / `Entry.from_dict()` and so on, in plan.py and
targets.py) with these checks, so a value is judged the same wherever it comes from. A value
that fails is refused with one line naming where it is and what is wrong; nothing is rounded,
clipped or turned into something else. Unknown keys are refused too, because saving the plan
again would silently drop them: a format that adds keys comes with a higher version number
(see storage.py), which an older Magplan refuses as "saved by a newer Magplan".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# A week of real meals is a few hundred entries; the limits leave room for ten times that,
# and keep a plan quick to load, judge, balance and export (see bench/figures_limits.py).
MAX_GRAMS = 2000.0
MAX_PORTIONS = 4000.0            # 2,000 g in portions of 0.5 g, the smallest a food can have
MAX_ENTRIES_PER_MEAL = 100       # so at most 2,800 entries a week
MAX_FOOD_ID = 200                # characters
MAX_NOTE = 2000                  # characters in a day's note
MAX_LISTED_FOODS = 3000          # food ids in each of favourites, disliked, in stock, ticked
# Saved meals: a name, its ingredients (a food and grams, or a line matched to no food).
MAX_MEAL_NAME = 80               # characters
MAX_LINE = 200                   # characters in an ingredient line matched to no food
MAX_INGREDIENTS = 50             # ingredient lines in a saved meal
MAX_RECIPE_GRAMS = 20_000.0      # an ingredient of a whole recipe, or of one serving
MAX_SERVINGS = 100               # servings a saved meal makes
# Ingredient lines in a week's saved-meal entries (a real week has a few hundred): with the
# entries' own limits, what keeps the largest plan within MAX_FILE_BYTES.
MAX_WEEK_INGREDIENTS = 1500
MAX_OWN_TARGET = 10_000.0        # mg or µg a day
MAX_SUPPLEMENT = 5000.0          # mg or µg a day
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)
# Read before parsing. The largest plan these limits allow, written with the widest
# characters, is under 12 MB (tests/test_plan_schema.py builds it).
MAX_FILE_BYTES = 16 * 1024 * 1024
# A plan nests 9 deep (plan, days, day, meals, meal, entry, recipe, ingredients, ingredient);
# deeper input is refused before
# the parser, which recurses, can run out of stack.
MAX_DEPTH = 20

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# JSON text with its strings taken out, and then everything but brackets.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class SchemaError(ValueError):
    """A value a plan cannot hold; PlanError and ProfileError are the two kinds."""


def shown(value: object) -> str:
    """A value as a message shows it: numbers as %g, anything long cut short."""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a number too large to write here"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def number(value: object, what: str, low: float, high: float, error: type[SchemaError],
           low_included: bool = False) -> float:
    """A finite number in (low, high], or [low, high] with low_included; never a bool."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise error(f"{what} must be a number, not {shown(value)}")
    # Comparisons refuse NaN and the infinities too, and compare huge integers exactly.
    above = low <= value if low_included else low < value
    if not (above and value <= high):
        start = "from" if low_included else "above"
        raise error(f"{what} must be {start} {low:g} and at most {high:g}, not {shown(value)}")
    return float(value)


def whole_number(value: object, what: str, low: int, high: int, error: type[SchemaError]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise error(f"{what} must be a whole number from {low} to {high}, not {shown(value)}")
    return value


def text(value: object, what: str, longest: int, error: type[SchemaError]) -> str:
    """Text that can be saved: at most `longest` characters, no lone surrogate (which UTF-8
    cannot hold; a JSON file can spell one as \\ud800)."""
    if not isinstance(value, str):
        raise error(f"{what} must be text, not {shown(value)}")
    if len(value) > longest:
        raise error(f"{what} must be at most {longest} characters, not {len(value)}")
    if _SURROGATE.search(value):
        raise error(f"{what} holds a lone surrogate ({shown(value)}), which is not text")
    return value


def has_control(value: str) -> bool:
    """Whether text holds a control character (a line break, a tab, ...)."""
    return _CONTROL.search(value) is not None


def food_id(value: object, error: type[SchemaError]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise error(f"a food id must be text, not {shown(value)}")
    text(value, "a food id", MAX_FOOD_ID, error)
    if has_control(value):
        raise error(f"a food id cannot hold control characters: {shown(value)}")
    return value


def food_ids(values: object, what: str, error: type[SchemaError]) -> set[str]:
    """A set of food ids (favourites, ticked, ...): from a list in a file, a set in the plan."""
    if not isinstance(values, (list, set, frozenset)):
        raise error(f"{what} must be a list of food ids, not {shown(values)}")
    if len(values) > MAX_LISTED_FOODS:
        raise error(f"{what} can list at most {MAX_LISTED_FOODS} foods, not {len(values)}")
    return {food_id(value, error) for value in values}


def date(value: object, what: str, error: type[SchemaError]) -> dt.date:
    """A date written as 2026-11-30, from 1900 to 2999."""
    day = None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:    # 2026-02-30
            pass
    if day is None:
        raise error(f"{what} must be a date like 2026-11-30, not {shown(value)}")
    return in_range(day, what, error)


def in_range(day: dt.date, what: str, error: type[SchemaError]) -> dt.date:
    if not FIRST_DATE <= day <= LAST_DATE:
        raise error(f"{what} must be in the years {FIRST_DATE.year} to {LAST_DATE.year}, "
                    f"not {day}")
    return day


def items(value: object, what: str, error: type[SchemaError]) -> list:
    if not isinstance(value, list):
        raise error(f"{what} must be a list, not {shown(value)}")
    return value


def fields(value: object, what: str, required: tuple[str, ...], optional: tuple[str, ...],
           error: type[SchemaError]) -> dict[str, Any]:
    """A JSON object with these keys: each required one, any optional one, no other."""
    if not isinstance(value, dict):
        raise error(f"{what} must be a JSON object, not {shown(value)}")
    for key in required:
        if key not in value:
            raise error(f"{what} lacks {key!r}")
    for key in value:
        if key not in required and key not in optional:
            raise error(f"{what} has an unknown key {shown(key)}")
    return value


@contextmanager
def at(place: str) -> Iterator[None]:
    """Name the place of a schema error raised inside: 'day 3, lunch, entry 2: grams ...'."""
    try:
        yield
    except SchemaError as err:
        raise type(err)(f"{place}: {err}") from None


def version(document: object, kind: str, newest: int, what: str,
            error: type[Exception]) -> int:
    """The format version of a Magplan file of this kind ("the plan", "the meals file"):
    `error` when it is another kind, or of a version this Magplan cannot read."""
    if not isinstance(document, dict) or document.get("kind") != kind:
        raise error(f"not a Magplan {what.removeprefix('the ')}")
    found = document.get("version")
    if isinstance(found, bool) or not isinstance(found, int) or found < 1:
        raise error(f"{what}'s format version must be a whole number from 1, not {shown(found)}")
    if found > newest:
        raise error(f"{what} was saved by a newer Magplan (format {found}; this one reads up "
                    f"to {newest})")
    return found


def parse_json(data: bytes, error: type[Exception], limit: int = MAX_FILE_BYTES) -> Any:
    """A JSON document from bytes, within the size (a plan's, or `limit`) and nesting limits;
    `error` says why not, in one line. Integers of more than 18 digits are read as floats (as
    a float, a number too large for its field is refused by its check), NaN and Infinity are
    refused: not JSON."""
    if len(data) > limit:
        raise error(f"larger than {limit // 2**20} MB, the most Magplan reads")
    try:
        document = data.decode("utf-8")
    except UnicodeDecodeError:
        raise error("damaged (not UTF-8 text)") from None
    if not _nested_within(document, MAX_DEPTH):
        raise error(f"damaged (nested more than {MAX_DEPTH} deep)")

    def constant(name: str) -> float:
        raise error(f"damaged (not valid JSON: {name} is not a JSON number)")

    try:
        return json.loads(document, parse_constant=constant, parse_int=_integer)
    except json.JSONDecodeError as err:
        raise error(f"damaged (not valid JSON: {err.msg} at line {err.lineno})") from None


def _integer(digits: str) -> int | float:
    # int() refuses more than 4,300 digits with a ValueError of its own.
    return int(digits) if len(digits) <= 18 else float(digits)


def _nested_within(document: str, depth: int) -> bool:
    """Whether no bracket in the JSON text is nested deeper than depth (strings skipped).
    Stops at the first bracket too deep or closing the wrong one: the parser reports that."""
    openers: list[str] = []
    for bracket in _NOT_BRACKET.sub("", _JSON_STRING.sub("", document)):
        if bracket in "[{":
            openers.append(bracket)
            if len(openers) > depth:
                return False
        elif not openers or openers.pop() != ("[" if bracket == "]" else "{"):
            return True
    return True
