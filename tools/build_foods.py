"""Build data/foods.csv: our food selection with USDA's nutrient figures filled in.

The food table is the project's own work: which foods it holds, their English and
Dutch names, store sections, household portions and diet tags are all written by
hand in data/foods_selection.csv. The nutrient figures are not ours: they are
USDA's (National Nutrient Database for Standard Reference, Release 28), and every
row cites the food it took them from by NDB number in its food_id ("usda:12014").

This script joins the two. For each selected food it looks the NDB number up in
the USDA table and copies the eleven nutrient cells exactly as USDA wrote them, so
the figures can be checked against the source; an empty USDA cell (not analysed)
stays empty, because unknown is not zero. It stops with one line naming the
problem if a food_id is malformed, an NDB number is selected twice, or USDA does
not have it.

    .venv/bin/python tools/build_foods.py [--usda PATH] [--selection PATH] [--out PATH]

The USDA file defaults to ../shared/data/usda_sr28_foods.csv from the repository
root. It takes the column lists from planner.foods, so run it with the project's Python.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from planner.foods import NUTRIENTS, TAGS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USDA = ROOT.parent / "shared" / "data" / "usda_sr28_foods.csv"
DEFAULT_SELECTION = ROOT / "data" / "foods_selection.csv"
DEFAULT_OUT = ROOT / "data" / "foods.csv"

SELECTION_COLUMNS = (
    "food_id", "name_en", "name_nl", "section", "portion_g", "portion_en", "portion_nl",
) + TAGS
OUTPUT_COLUMNS = (
    ("food_id", "name_en", "name_nl", "section") + NUTRIENTS
    + ("portion_g", "portion_en", "portion_nl") + TAGS
)
FOOD_ID = re.compile(r"usda:(\d{5})")


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


def usda_nutrients(path: Path) -> dict[str, dict[str, str]]:
    """The nutrient cells of every USDA food, by 5-digit NDB number, as text."""
    header, rows = read_rows(path)
    missing = [c for c in ("ndb_no",) + NUTRIENTS if c not in header]
    if missing:
        raise BuildError(f"{path}: no column {missing[0]!r}")
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        ndb = row["ndb_no"]
        if ndb in table:
            raise BuildError(f"{path}: NDB number {ndb} appears twice")
        table[ndb] = {name: row[name] for name in NUTRIENTS}
    return table


def build(selection: list[dict[str, str]], usda: dict[str, dict[str, str]],
          source: str = "foods_selection.csv") -> list[dict[str, str]]:
    """The output rows: each selected food with its USDA nutrient cells copied in."""
    seen: dict[str, int] = {}
    out = []
    for line, row in enumerate(selection, start=2):  # line 1 is the header
        food_id = row["food_id"]
        match = FOOD_ID.fullmatch(food_id)
        if not match:
            raise BuildError(f"{source} line {line}: {food_id!r} is not like 'usda:12014'")
        ndb = match.group(1)
        if ndb in seen:
            raise BuildError(f"{source} line {line}: NDB number {ndb} "
                             f"is already selected on line {seen[ndb]}")
        seen[ndb] = line
        if ndb not in usda:
            raise BuildError(f"{source} line {line}: NDB number {ndb} "
                             "is not in the USDA table")
        out.append({**row, **usda[ndb]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--usda", type=Path, default=DEFAULT_USDA,
                        help="usda_sr28_foods.csv (default: %(default)s)")
    parser.add_argument("--selection", type=Path, default=DEFAULT_SELECTION,
                        help="our selection (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="the food table to write (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        header, selection = read_rows(args.selection)
        missing = [c for c in SELECTION_COLUMNS if c not in header]
        if missing:
            raise BuildError(f"{args.selection}: no column {missing[0]!r}")
        rows = build(selection, usda_nutrients(args.usda), args.selection.name)
    except BuildError as error:
        print(f"build_foods: {error}", file=sys.stderr)
        return 1
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=OUTPUT_COLUMNS, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} foods to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
