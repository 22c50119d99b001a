"""Build data/foods.csv: our food selection with the source tables' nutrient figures filled in.

The food table is the project's own work: which foods it holds, their English and Dutch
names, store sections, household portions, diet tags and advice columns (meals, family,
swap group, magnesium source) are written by hand in data/foods_selection.csv, whose
`notes` column says why a row cites the source row it does where that is not plain (a USDA
row although Ciqual has the food, a Ciqual figure kept although it looks atypical). The nutrient
figures are not ours. Each row cites the one source row it takes them from in its food_id:

  ciqual:NNNNN  the French food composition table Ciqual 2025 (Anses), by alim_code; used
                for every food eaten in the Netherlands that Ciqual describes, because
                Ciqual describes European foods (bread without added calcium, European
                cheeses, quark, herring, mackerel, desserts).
  usda:NNNNN    USDA National Nutrient Database for Standard Reference, Release 28, by NDB
                number; only where Ciqual lacks the food, or where Ciqual's figure for it is
                evidently atypical and the USDA row describes the Dutch product better
                (decaffeinated coffee: 42.5 mg magnesium per 100 g; karnemelk).

Ciqual writes its figures as text with decimal commas. They are copied as written, with
Ciqual's markers turned into figures the way planner.importers.ciqual does, so that an
imported Ciqual table and this one agree:
  "-" or empty  -> empty (not analysed: unknown, never zero)
  "traces"      -> 0      (present, below what can be measured)
  "< x"         -> x / 2  (somewhere between 0 and x)
A figure made from "traces" or "< x" is an estimate: its nutrient column is listed in the
row's `estimated` column, and the window marks it. USDA figures are copied as USDA wrote
them; an empty USDA cell stays empty.

Caffeine is in neither file. Its figure per 100 g and the source of that figure are written
in the selection (columns caffeine_mg and caffeine_source): USDA SR28 nutrient 262
(caffeine) by NDB number for coffee, tea, cocoa, chocolate and chocolate milk; EFSA's
scientific opinion on the safety of caffeine (EFSA Journal 2015;13(5):4102, the typical
servings it names: cola 40 mg per 355 ml, energy drink 80 mg per 250 ml) for cola and
energy drinks. Foods without coffee, tea, cocoa, cola or guarana have 0; a chocolate
product for which no source gives a figure stays empty (unknown).

The script stops with one line naming the problem if a food_id is malformed, two foods cite
the same source row, or a source does not have the row cited.

    .venv/bin/python tools/build_foods.py [--ciqual PATH] [--usda PATH] [--selection PATH]
                                          [--out PATH]

The source files default to ../shared/data/ from the repository root. The column lists come
from planner.foods, so run it with the project's Python.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import warnings
from pathlib import Path

from planner.foods import ADVICE_COLUMNS, NUTRIENTS, TAGS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEFAULT_CIQUAL = SHARED / "ciqual_2025_fr.xlsx"
DEFAULT_USDA = SHARED / "usda_sr28_foods.csv"
DEFAULT_SELECTION = ROOT / "data" / "foods_selection.csv"
DEFAULT_OUT = ROOT / "data" / "foods.csv"

SELECTION_COLUMNS = (
    ("food_id", "name_en", "name_nl", "section", "portion_g", "portion_en", "portion_nl")
    + TAGS
    + ("meals", "family", "swap_group", "mg_source", "caffeine_mg", "caffeine_source", "notes")
)
OUTPUT_COLUMNS = (
    ("food_id", "name_en", "name_nl", "section")
    + NUTRIENTS
    + ("portion_g", "portion_en", "portion_nl")
    + TAGS
    + ADVICE_COLUMNS
)
# The figures a source gives; caffeine comes from the selection.
SOURCE_NUTRIENTS = tuple(n for n in NUTRIENTS if n != "caffeine_mg")
# Ciqual 2025's header for each nutrient, with its line breaks collapsed to spaces.
CIQUAL_HEADERS = {
    "energy_kcal": "Energie, Règlement UE N° 1169 2011 (kcal 100 g)",
    "protein_g": "Protéines, N x facteur de Jones (g 100 g)",
    "fat_g": "Lipides (g 100 g)",
    "carbohydrate_g": "Glucides (g 100 g)",
    "fiber_g": "Fibres alimentaires (g 100 g)",
    "magnesium_mg": "Magnésium (mg 100 g)",
    "calcium_mg": "Calcium (mg 100 g)",
    "vitamin_d_ug": "Vitamine D (µg 100 g)",
    "potassium_mg": "Potassium (mg 100 g)",
    "phosphorus_mg": "Phosphore (mg 100 g)",
    "sodium_mg": "Sodium (mg 100 g)",
}
FOOD_ID = re.compile(r"(?P<source>ciqual|usda):(?P<code>\d+)")
_NUMBER = re.compile(r"\d+(\.\d+)?")


class BuildError(Exception):
    """A problem in the inputs, described in one line."""


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a UTF-8 CSV file."""
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            return list(reader.fieldnames or []), list(reader)
    except OSError as error:
        raise BuildError(f"cannot read {path}: {error.strerror}") from None


def ciqual_figure(cell: str) -> tuple[str, bool]:
    """Ciqual's text for one figure -> (our figure as text, whether it is an estimate)."""
    text = cell.strip().replace(",", ".")
    if text in ("", "-"):
        return "", False
    if text.casefold() == "traces":
        return "0", True
    if text.startswith("<"):
        limit = text[1:].strip()
        if not _NUMBER.fullmatch(limit):
            raise BuildError(f"Ciqual figure {cell!r} is not like '< 0,5'")
        return f"{float(limit) / 2:g}", True
    if not _NUMBER.fullmatch(text):
        raise BuildError(f"Ciqual figure {cell!r} is not a number")
    return text, False


def ciqual_cells(path: Path) -> dict[str, dict[str, str]]:
    """Ciqual's text for each nutrient of every food, by alim_code."""
    from openpyxl import load_workbook

    # Ciqual's page header is one openpyxl cannot parse; it warns while the rows are read.
    warnings.filterwarnings("ignore", "Cannot parse header or footer", UserWarning)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise BuildError(f"cannot read {path}: {error.strerror}") from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [" ".join(str(h or "").split()) for h in next(rows)]
        missing = [h for h in ("alim_code", *CIQUAL_HEADERS.values()) if h not in header]
        if missing:
            raise BuildError(f"{path}: no column {missing[0]!r}")
        at = {name: header.index(h) for name, h in CIQUAL_HEADERS.items()}
        code_at = header.index("alim_code")
        return {
            str(row[code_at]).strip(): {
                name: "" if row[i] is None else str(row[i]) for name, i in at.items()
            }
            for row in rows
            if row[code_at] is not None
        }
    finally:
        book.close()


def usda_cells(path: Path) -> dict[str, dict[str, str]]:
    """USDA's text for each nutrient of every food, by 5-digit NDB number."""
    header, rows = read_rows(path)
    missing = [c for c in ("ndb_no",) + SOURCE_NUTRIENTS if c not in header]
    if missing:
        raise BuildError(f"{path}: no column {missing[0]!r}")
    return {row["ndb_no"]: {name: row[name] for name in SOURCE_NUTRIENTS} for row in rows}


def build(
    selection: list[dict[str, str]],
    ciqual: dict[str, dict[str, str]],
    usda: dict[str, dict[str, str]],
    source: str = "foods_selection.csv",
) -> list[dict[str, str]]:
    """The output rows: each selected food with its source's figures copied in."""
    seen: dict[str, int] = {}
    out = []
    for line, row in enumerate(selection, start=2):  # line 1 is the header
        food_id = row["food_id"]
        match = FOOD_ID.fullmatch(food_id)
        if not match:
            raise BuildError(
                f"{source} line {line}: {food_id!r} is not like 'ciqual:20059' or 'usda:12014'"
            )
        if food_id in seen:
            raise BuildError(
                f"{source} line {line}: {food_id} is already cited on line {seen[food_id]}"
            )
        seen[food_id] = line
        table = ciqual if match["source"] == "ciqual" else usda
        cells = table.get(match["code"])
        if cells is None:
            raise BuildError(f"{source} line {line}: {match['source']} has no food {match['code']}")
        figures, estimated = {}, []
        for nutrient in SOURCE_NUTRIENTS:
            if match["source"] == "ciqual":
                try:
                    figures[nutrient], guess = ciqual_figure(cells[nutrient])
                except BuildError as error:
                    raise BuildError(
                        f"{source} line {line} ({food_id}, {nutrient}): {error}"
                    ) from None
                if guess:
                    estimated.append(nutrient)
            else:
                figures[nutrient] = cells[nutrient]
        out.append({**row, **figures, "estimated": " ".join(estimated)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--ciqual",
        type=Path,
        default=DEFAULT_CIQUAL,
        help="ciqual_2025_fr.xlsx (default: %(default)s)",
    )
    parser.add_argument(
        "--usda", type=Path, default=DEFAULT_USDA, help="usda_sr28_foods.csv (default: %(default)s)"
    )
    parser.add_argument(
        "--selection",
        type=Path,
        default=DEFAULT_SELECTION,
        help="our selection (default: %(default)s)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="the food table to write (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        header, selection = read_rows(args.selection)
        missing = [c for c in SELECTION_COLUMNS if c not in header]
        if missing:
            raise BuildError(f"{args.selection}: no column {missing[0]!r}")
        rows = build(
            selection, ciqual_cells(args.ciqual), usda_cells(args.usda), args.selection.name
        )
    except BuildError as error:
        print(f"build_foods: {error}", file=sys.stderr)
        return 1
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=OUTPUT_COLUMNS, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} foods to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
