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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from planner.messages import Message, PlannerError

# A week of real meals is a few hundred entries; the limits leave room for ten times that,
# and keep a plan quick to load, judge, balance and export (see bench/figures_limits.py).
MAX_GRAMS = 2000.0
MAX_PORTIONS = 4000.0  # 2,000 g in portions of 0.5 g, the smallest a food can have
MAX_ENTRIES_PER_MEAL = 100  # so at most 2,800 entries a week
MAX_FOOD_ID = 200  # characters
MAX_NOTE = 2000  # characters in a day's note
MAX_LISTED_FOODS = 3000  # food ids in each of favourites, disliked, in stock, ticked
# Saved meals: a name, its ingredients (a food and grams, or a line matched to no food).
MAX_MEAL_NAME = 80  # characters
MAX_LINE = 200  # characters in an ingredient line matched to no food
MAX_INGREDIENTS = 50  # ingredient lines in a saved meal
MAX_RECIPE_GRAMS = 20_000.0  # an ingredient of a whole recipe, or of one serving
MAX_SERVINGS = 100  # servings a saved meal makes
# Ingredient lines in a week's saved-meal entries (a real week has a few hundred): with the
# entries' own limits, what keeps the largest plan within MAX_FILE_BYTES.
MAX_WEEK_INGREDIENTS = 1500
MAX_OWN_TARGET = 10_000.0  # mg or µg a day
MAX_SUPPLEMENT = 5000.0  # mg or µg a day
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)
# Read before parsing. The largest plan these limits allow, written with the widest
# characters, is 13.7 MiB with saved meals (tests/test_saved_meals.py builds it), 11.5 MiB
# of foods only (tests/test_plan_schema.py).
MAX_FILE_BYTES = 16 * 1024 * 1024
# A plan nests 9 deep (plan, days, day, meals, meal, entry, recipe, ingredients, ingredient);
# deeper input is refused before the parser, which recurses, can run out of stack.
MAX_DEPTH = 20

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# JSON text with its strings taken out, and then everything but brackets.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class SchemaError(PlannerError):
    """A value a plan cannot hold; PlanError and ProfileError are the two kinds."""


# What a value is called in a message: a code of planner/texts.py ("what.grams") or a Message.
What = str | Message
# Where a value is: said now, or made only when an error names it (partial(Message, code,
# **fields)), since a plan of thousands of entries has thousands of places and no error.
Place = What | Callable[[], Message]
# The json module's reasons, each said in the user's language; another is shown as it is.
JSON_REASONS = {
    "Expecting value": "json.expecting_value",
    "Extra data": "json.extra_data",
    "Unterminated string starting at": "json.unterminated_string",
    "Invalid control character at": "json.control_character",
    "Invalid \\uXXXX escape": "json.bad_u_escape",
    "Expecting property name enclosed in double quotes": "json.expecting_name",
    "Expecting ':' delimiter": "json.expecting_colon",
    "Expecting ',' delimiter": "json.expecting_comma",
}


def said(what: What) -> Message:
    return what if isinstance(what, Message) else Message(what)


def shown(value: object) -> str:
    """A value as a message shows it: numbers as %g, anything long cut short."""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a number too large to write here"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def number(
    value: object,
    what: What,
    low: float,
    high: float,
    error: type[SchemaError],
    low_included: bool = False,
) -> float:
    """A finite number in (low, high], or [low, high] with low_included; never a bool."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise error("schema.not_number", what=said(what), value=shown(value))
    # Comparisons refuse NaN and the infinities too, and compare huge integers exactly.
    above = low <= value if low_included else low < value
    if not (above and value <= high):
        raise error(
            "schema.from" if low_included else "schema.above",
            what=said(what),
            low=float(low),
            high=float(high),
            value=shown(value),
        )
    return float(value)


def whole_number(value: object, what: What, low: int, high: int, error: type[SchemaError]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise error("schema.whole_number", what=said(what), low=low, high=high, value=shown(value))
    return value


def text(value: object, what: What, longest: int, error: type[SchemaError]) -> str:
    """Text that can be saved: at most `longest` characters, no lone surrogate (which UTF-8
    cannot hold; a JSON file can spell one as \\ud800)."""
    if not isinstance(value, str):
        raise error("schema.not_text", what=said(what), value=shown(value))
    if len(value) > longest:
        raise error("schema.too_long", what=said(what), longest=longest, length=len(value))
    if _SURROGATE.search(value):
        raise error("schema.surrogate", what=said(what), value=shown(value))
    return value


def has_control(value: str) -> bool:
    """Whether text holds a control character (a line break, a tab, ...)."""
    return _CONTROL.search(value) is not None


def food_id(value: object, error: type[SchemaError]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise error("schema.food_id_not_text", value=shown(value))
    text(value, "what.food_id", MAX_FOOD_ID, error)
    if has_control(value):
        raise error("schema.food_id_control", value=shown(value))
    return value


def food_ids(values: object, what: What, error: type[SchemaError]) -> set[str]:
    """A set of food ids (favourites, ticked, ...): from a list in a file, a set in the plan."""
    if not isinstance(values, (list, set, frozenset)):
        raise error("schema.not_food_ids", what=said(what), value=shown(values))
    if len(values) > MAX_LISTED_FOODS:
        raise error(
            "schema.too_many_foods", what=said(what), most=MAX_LISTED_FOODS, count=len(values)
        )
    return {food_id(value, error) for value in values}


def date(value: object, what: What, error: type[SchemaError]) -> dt.date:
    """A date written as 2026-11-30, from 1900 to 2999."""
    day = None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:  # 2026-02-30
            pass
    if day is None:
        raise error("schema.not_date", what=said(what), value=shown(value))
    return in_range(day, what, error)


def in_range(day: dt.date, what: What, error: type[SchemaError]) -> dt.date:
    if not FIRST_DATE <= day <= LAST_DATE:
        raise error(
            "schema.years",
            what=said(what),
            first=FIRST_DATE.year,
            last=LAST_DATE.year,
            day=day.isoformat(),
        )
    return day


def items(value: object, what: What, error: type[SchemaError]) -> list:
    if not isinstance(value, list):
        raise error("schema.not_list", what=said(what), value=shown(value))
    return value


def fields(
    value: object,
    what: What,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    error: type[SchemaError],
) -> dict[str, Any]:
    """A JSON object with these keys: each required one, any optional one, no other."""
    if not isinstance(value, dict):
        raise error("schema.not_object", what=said(what), value=shown(value))
    for key in required:
        if key not in value:
            raise error("schema.lacks", what=said(what), key=repr(key))
    for key in value:
        if key not in required and key not in optional:
            raise error("schema.unknown_key", what=said(what), key=shown(key))
    return value


@contextmanager
def at(place: Place) -> Iterator[None]:
    """Name the place of a schema error raised inside: 'day 3, lunch, entry 2: grams ...'."""
    try:
        yield
    except SchemaError as err:
        where = place() if callable(place) else said(place)
        raise type(err)("schema.at", place=where, error=err.message) from None


def version(document: object, kind: str, newest: int, what: str, error: type[Exception]) -> int:
    """The format version of a Magplan file of this kind (what: "plan", "meals_file"):
    `error` when it is another kind, or of a version this Magplan cannot read."""
    the = Message(f"what.the_{what}")
    if not isinstance(document, dict) or document.get("kind") != kind:
        raise error(Message("file.not_magplan", noun=Message(f"kind.{what}")))
    found = document.get("version")
    if isinstance(found, bool) or not isinstance(found, int) or found < 1:
        raise error(Message("file.version", what=the, value=shown(found)))
    if found > newest:
        raise error(Message("file.newer", what=the, version=found, known=newest))
    return found


def parse_json(data: bytes, error: type[Exception], limit: int = MAX_FILE_BYTES) -> Any:
    """A JSON document from bytes, within the size (a plan's, or `limit`) and nesting limits;
    `error` says why not, in one line. Integers of more than 18 digits are read as floats (as
    a float, a number too large for its field is refused by its check), NaN and Infinity are
    refused: not JSON."""
    if len(data) > limit:
        raise error(Message("json.too_large", megabytes=limit // 2**20))
    try:
        document = data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(Message("json.not_utf8")) from None
    if not _nested_within(document, MAX_DEPTH):
        raise error(Message("json.too_deep", depth=MAX_DEPTH))

    def constant(name: str) -> float:
        raise error(Message("json.constant", name=name))

    try:
        return json.loads(document, parse_constant=constant, parse_int=_integer)
    except json.JSONDecodeError as err:
        reason = JSON_REASONS.get(err.msg)
        raise error(
            Message("json.invalid", reason=Message(reason) if reason else err.msg, line=err.lineno)
        ) from None


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
