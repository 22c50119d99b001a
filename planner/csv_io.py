"""CSV out (entries, days, shopping list) and back in (entries), in two dialects.

Both dialects write ISO dates and the meal keys; only the separator, the decimal mark and the
byte-order mark differ, so a file opened in Dutch Excel falls into columns and still reads back.
Text that a spreadsheet would run as a formula is neutralised with a leading quote; numbers
are written as numbers and never neutralised.

An entry of a saved meal is written as one row per ingredient (Entry.parts), each with the
meal's id, name and servings: the file sums to the day as the plan does. Reading it back, the
rows of one saved meal in a row (the same day, meal, id and servings) are one entry again,
with the name in the file as both its names; an ingredient line matched to no food is a row
without a food id, its words in the food column.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from planner import schema
from planner.foods import NUTRIENTS, FoodTable
from planner.messages import Message, PlannerError
from planner.plan import (
    DAYS,
    MEALS,
    Entry,
    Plan,
    PlanError,
    Recipe,
    check_grams,
    check_line,
    check_name,
    check_portions,
    monday_of,
)
from planner.schema import MAX_MEAL_NAME
from planner.shopping import WEEKDAYS, ShoppingList, shopping_list, weekday_index
from planner.targets import TARGET_NUTRIENTS, DailyTargets
from planner.totals import Assessment, assess


@dataclass(frozen=True)
class Dialect:
    name: str
    delimiter: str
    decimal: str
    bom: bool


DIALECTS = {
    "standard": Dialect("standard", ",", ".", bom=False),
    "excel-nl": Dialect("excel-nl", ";", ",", bom=True),
}
WHAT = ("entries", "days", "shopping")
# The nutrients written per entry, with the decimals worth printing.
ENTRY_NUTRIENTS = {"energy_kcal": 1, "magnesium_mg": 1, "calcium_mg": 1, "vitamin_d_ug": 2}
ENTRY_COLUMNS = (
    "date",
    "weekday",
    "meal",
    "food_id",
    "food",
    "grams",
    *ENTRY_NUTRIENTS,
    "portions",
    "saved_meal_id",
    "saved_meal",
    "servings",
)
SHOPPING_COLUMNS = (
    "section",
    "food_id",
    "food",
    "grams",
    "buy_grams",
    "count",
    "portion",
    "portion_g",
    "in_stock",
    "ticked",
)
# What a spreadsheet reads as the start of a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | float | int | bool | None


class CsvImportError(PlannerError):
    """A CSV that cannot be read as plan entries at all (as opposed to a few bad rows)."""


def neutralise(text: str) -> str:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)": shown as text, never run."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _number(value: float, decimal: str) -> str:
    # The shortest text that reads back as the same float: grams round-trip exactly.
    text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return text.replace(".", decimal)


def _cell(value: Cell, decimal: str) -> str:
    # Exact type checks first: this runs for every cell of a year's export.
    if type(value) is float:
        return "" if value != value else _number(value, decimal)
    if type(value) is str:
        return neutralise(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, np.floating):
        return "" if math.isnan(value) else _number(float(value), decimal)
    return neutralise(str(value))


def write_table(header: Sequence[str], rows: Iterable[Sequence[Cell]], dialect: Dialect) -> bytes:
    """The CSV file's bytes: text neutralised, numbers in the dialect's decimal mark."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=dialect.delimiter, lineterminator="\r\n")
    writer.writerow(header)
    decimal = dialect.decimal
    writer.writerows([_cell(v, decimal) for v in row] for row in rows)
    return (codecs.BOM_UTF8 if dialect.bom else b"") + out.getvalue().encode("utf-8")


def _rounded(values: np.ndarray, decimals: int) -> list[float]:
    return np.round(values, decimals).tolist()


def entries_rows(plan: Plan, foods: FoodTable, lang: str = "en") -> list[list[Cell]]:
    """One row per entry (a saved meal's: per ingredient), in day and meal order; a nutrient
    the table lacks stays empty."""
    items = [(day, meal, e, p) for day, meal, e in plan.entries() for p in e.parts()]
    ids = [p.food_id for _, _, _, p in items]
    rows = foods.positions(ids) if items else np.empty(0, np.intp)
    grams = np.fromiter((p.grams for _, _, _, p in items), dtype=float, count=len(items))
    columns = [NUTRIENTS.index(n) for n in ENTRY_NUTRIENTS]
    per100 = np.full((len(items), len(columns)), np.nan)
    per100[rows >= 0] = foods.values[rows[rows >= 0]][:, columns]
    amounts = per100 * (grams / 100)[:, None]
    nutrients = [_rounded(amounts[:, j], d) for j, d in enumerate(ENTRY_NUTRIENTS.values())]
    table_names = iter(foods.strings(f"name_{lang}", rows[rows >= 0]))
    names = [
        next(table_names) if r >= 0 else p.line or p.food_id
        for r, (_, _, _, p) in zip(rows.tolist(), items)
    ]
    dates = [(d.date.isoformat(), WEEKDAYS[d.date.weekday()].capitalize()) for d in plan.days]
    out: list[list[Cell]] = []
    for i, (day, meal, e, p) in enumerate(items):
        recipe = e.recipe
        # A food's row ends with its portions; an ingredient's, with its saved meal.
        meal_cells: list[Cell] = (
            [e.portions, None, None, None]
            if recipe is None
            else [
                None,
                e.food_id,
                recipe.name(lang),
                e.servings if e.portions is None else e.portions,
            ]
        )
        # An unmatched line's food id ("") and grams (NaN) are written as empty cells.
        out.append(
            [
                *dates[day],
                meal,
                p.food_id or None,
                names[i],
                p.grams,
                *(column[i] for column in nutrients),
                *meal_cells,
            ]
        )
    return out


def days_header() -> list[str]:
    header = ["date", "weekday", "entries", "energy_kcal"]
    for key, column in TARGET_NUTRIENTS.items():
        unit = column.rsplit("_", 1)[1]
        header += [
            column,
            f"{key}_missing",
            f"{key}_target_{unit}",
            f"{key}_status",
            f"{key}_with_supplements_{unit}",
        ]
    return header + ["ca_mg_ratio", "ratio_status"]


def days_rows(assessment: Assessment) -> list[list[Cell]]:
    """One row per day: food totals (a lower bound when foods lack a value), targets, flags."""
    energy = assessment.totals.known["energy_kcal"].to_numpy()
    out = []
    for i, day in enumerate(assessment.days):
        row: list[Cell] = [
            day.date.isoformat(),
            WEEKDAYS[day.date.weekday()].capitalize(),
            day.entries,
            round(float(energy[i]), 1),
        ]
        for key in TARGET_NUTRIENTS:
            food, total = day.food[key], day.with_supplements[key]
            row += [
                round(food.amount, 2),
                food.missing,
                food.target,
                str(food.status),
                round(total.amount, 2),
            ]
        row += [None if day.ratio is None else round(day.ratio, 2), str(day.ratio_status)]
        out.append(row)
    return out


def shopping_rows(shopping: ShoppingList, lang: str = "en") -> list[list[Cell]]:
    """The items to buy, then those in stock; grams is the exact total."""
    return [
        [
            i.section,
            i.food_id,
            i.name(lang),
            round(i.grams, 3),
            i.buy_grams,
            i.count,
            i.portion(lang) or None,
            i.portion_g,
            i.in_stock,
            i.ticked,
        ]
        for i in shopping.items + shopping.in_stock
    ]


def export_entries(plan: Plan, foods: FoodTable, dialect: Dialect, lang: str = "en") -> bytes:
    return write_table(ENTRY_COLUMNS, entries_rows(plan, foods, lang), dialect)


def export_days(assessment: Assessment, dialect: Dialect) -> bytes:
    return write_table(days_header(), days_rows(assessment), dialect)


def export_shopping(shopping: ShoppingList, dialect: Dialect, lang: str = "en") -> bytes:
    return write_table(SHOPPING_COLUMNS, shopping_rows(shopping, lang), dialect)


def export(
    what: str,
    plan: Plan,
    foods: FoodTable,
    targets: DailyTargets,
    dialect: Dialect,
    lang: str = "en",
) -> bytes:
    """The plan as one of the CSV files WHAT names: every entry, each day's totals against the
    targets, or the week's shopping list. lang names the foods (and the list's portions)."""
    if what == "entries":
        return export_entries(plan, foods, dialect, lang)
    if what == "days":
        return export_days(assess(plan, foods, targets), dialect)
    if what == "shopping":
        return export_shopping(shopping_list(plan, foods, lang=lang), dialect, lang)
    raise ValueError(f"what is one of {', '.join(WHAT)}, not {what!r}")


# --- import ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BadRow:
    line: int  # the file's line number; the header is line 1
    reason: Message


@dataclass(frozen=True)
class ImportResult:
    plan: Plan  # built from the usable rows only
    bad_rows: list[BadRow]
    used_rows: int
    dialect: Dialect


@dataclass(frozen=True)
class _Row:
    line: int
    date: dt.date | None
    weekday: int | None
    meal: str
    entry: Entry
    rows: int = 1  # the file's rows it stands for


@dataclass(frozen=True)
class _IngredientRow:
    """A row of a saved meal's ingredient: the meal's entry is made of its rows together."""

    line: int
    date: dt.date | None
    weekday: int | None
    meal: str
    saved_meal: tuple[str, str, float]  # its id, name and servings
    ingredient: tuple[str, float] | str  # (food id, grams), or a line matched to no food

    def run(self) -> tuple:
        """What the rows of one entry share."""
        return self.date, self.weekday, self.meal, self.saved_meal


_DUTCH_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def detect_dialect(text: str) -> Dialect:
    """Semicolons in the header mean Excel NL (decimal comma); otherwise standard."""
    header = text.split("\n", 1)[0]
    return DIALECTS["excel-nl"] if header.count(";") > header.count(",") else DIALECTS["standard"]


def read_entries(data: bytes, foods: Container[str], start: dt.date | None = None) -> ImportResult:
    """An entries CSV in either dialect -> a new plan of its usable rows, and the bad rows.

    Needs the columns meal, food_id, grams and date or weekday (by header name, any order;
    others are ignored). The week is the one most dates fall in; start gives the week for a
    file of weekdays only. CsvImportError when the file as a whole cannot be read.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CsvImportError("csv.not_utf8", byte=err.start + 1) from None
    dialect = detect_dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter)
    read: list[_Row | _IngredientRow] = []
    bad: list[BadRow] = []
    try:
        header = next(reader, None)
        if header is None:
            raise CsvImportError("csv.empty")
        column = _columns(header)
        last_line = reader.line_num
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue  # spreadsheets leave empty rows at the end
            try:
                read.append(_row(line, cells, column, dialect, foods))
            except PlanError as err:
                bad.append(BadRow(line, err.message))
    except csv.Error as err:  # a cell of more than 131,072 characters
        raise CsvImportError("csv.line", line=reader.line_num, error=str(err)) from None
    rows = _saved_meals(read, bad)

    dated = [r.date for r in rows if r.date is not None]
    try:
        if dated:
            weeks = Counter(monday_of(d) for d in dated)
            start = min(weeks, key=lambda monday: (-weeks[monday], monday))
        elif start is not None:
            start = monday_of(schema.in_range(start, "what.week_date", PlanError))
        elif rows:
            raise CsvImportError("csv.which_week")
        else:
            start = monday_of(dt.date.today())
        plan = Plan(start=start)
    except PlanError as err:  # a week at the very end of the calendar
        raise CsvImportError(err.message) from None
    used = 0
    for row in rows:
        day = (row.date - start).days if row.date is not None else row.weekday
        assert day is not None  # _row gives a date or a weekday
        if not 0 <= day < DAYS:
            bad.append(
                BadRow(
                    row.line,
                    Message("csv.outside_week", date=str(row.date), start=start.isoformat()),
                )
            )
            continue
        try:
            plan.add(day, row.meal, row.entry)
        except PlanError as err:  # the meal is full
            bad.append(BadRow(row.line, err.message))
            continue
        used += row.rows
    return ImportResult(plan, sorted(bad, key=lambda b: b.line), used, dialect)


def _columns(header: list[str]) -> dict[str, int]:
    column: dict[str, int] = {}
    for i, name in enumerate(header):
        column.setdefault(name.strip().lower(), i)
    for needed in ("meal", "food_id", "grams"):
        if needed not in column:
            raise CsvImportError("csv.no_column", column=repr(needed))
    if "date" not in column and "weekday" not in column:
        raise CsvImportError("csv.no_date_column")
    return column


def _row(
    line: int, cells: list[str], column: dict[str, int], dialect: Dialect, foods: Container[str]
) -> _Row | _IngredientRow:
    def cell(name: str) -> str:
        i = column.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    date, weekday = None, None
    if cell("date"):
        date = _date(cell("date"))
    elif cell("weekday"):
        weekday = weekday_index(cell("weekday"))
        if weekday is None:
            raise PlanError("csv.not_weekday", value=repr(cell("weekday")))
    else:
        raise PlanError("csv.no_date")
    meal = cell("meal").lower()
    if meal not in MEALS:
        raise PlanError("csv.unknown_meal", value=repr(cell("meal")), meals=", ".join(MEALS))
    food_id = cell("food_id")
    if cell("saved_meal_id"):
        saved_meal, ingredient = _ingredient(cell, dialect, foods)
        return _IngredientRow(line, date, weekday, meal, saved_meal, ingredient)
    if food_id not in foods:
        raise (
            PlanError("csv.unknown_food", value=repr(food_id))
            if food_id
            else PlanError("csv.no_food_id")
        )
    grams = _parse_number(cell("grams"), "grams", dialect)
    portions = _parse_number(cell("portions"), "portions", dialect) if cell("portions") else None
    return _Row(line, date, weekday, meal, Entry(food_id, grams, portions))


def _ingredient(
    cell: Callable[[str], str], dialect: Dialect, foods: Container[str]
) -> tuple[tuple[str, str, float], tuple[str, float] | str]:
    """A saved meal's (id, name, servings) and an ingredient of it, from a row's cells."""
    meal_id = schema.food_id(cell("saved_meal_id"), PlanError)
    name = check_name(cell("saved_meal") or meal_id[:MAX_MEAL_NAME], "what.saved_meal_name")
    servings = _parse_number(cell("servings"), "servings", dialect)
    check_portions(servings)
    food_id = cell("food_id")
    if not food_id:
        ingredient: tuple[str, float] | str = check_line(cell("food") or "?")
    elif food_id not in foods:
        raise PlanError("csv.unknown_food", value=repr(food_id))
    else:
        ingredient = (food_id, check_grams(_parse_number(cell("grams"), "grams", dialect)))
    return (meal_id, name, servings), ingredient


def _saved_meals(rows: list[_Row | _IngredientRow], bad: list[BadRow]) -> list[_Row]:
    """The rows, with each run of one saved meal's ingredients (the same day, meal, id and
    servings, one after the other) made one entry; a run that makes no entry is bad."""
    out: list[_Row] = []
    run: list[_IngredientRow] = []

    def finish() -> None:
        if not run:
            return
        first = run[0]
        meal_id, name, servings = first.saved_meal
        matched = [r.ingredient for r in run if isinstance(r.ingredient, tuple)]
        try:
            recipe = Recipe(
                name,
                name,
                tuple((f, g / servings) for f, g in matched),
                tuple(r.ingredient for r in run if isinstance(r.ingredient, str)),
            )
            entry = Entry(meal_id, math.fsum(g for _, g in matched), servings, recipe)
        except PlanError as err:
            bad.extend(
                BadRow(r.line, Message("csv.saved_meal", name=repr(name), error=err.message))
                for r in run
            )
        else:
            out.append(_Row(first.line, first.date, first.weekday, first.meal, entry, len(run)))
        run.clear()

    for row in rows:
        if run and (isinstance(row, _Row) or row.run() != run[0].run()):
            finish()
        if isinstance(row, _Row):
            out.append(row)
        else:
            run.append(row)
    finish()
    return out


def _date(text: str) -> dt.date:
    """ISO, as written; or d-m-yyyy, as Dutch Excel saves a date it has reformatted."""
    try:
        dutch = _DUTCH_DATE.match(text)
        if dutch:
            day, month, year = map(int, dutch.groups())
            found = dt.date(year, month, day)
        else:
            found = dt.date.fromisoformat(text)
    except ValueError:
        raise PlanError("csv.not_date", value=repr(text)) from None
    return schema.in_range(found, "what.date", PlanError)


def _parse_number(text: str, name: str, dialect: Dialect) -> float:
    # Strict about the decimal mark: in a decimal-comma file "1.500" could be 1.5 or 1500.
    other = "." if dialect.decimal == "," else ","
    if not text:
        raise PlanError(f"csv.no_{name}")
    if other in text:
        mark = "comma" if dialect.decimal == "," else "point"
        raise PlanError(f"csv.decimal_{mark}", what=Message(f"what.{name}"), value=repr(text))
    plain = text.replace(dialect.decimal, ".")
    if not _NUMBER.match(plain):
        raise PlanError("csv.not_number", what=Message(f"what.{name}"), value=repr(text))
    return float(plain)
