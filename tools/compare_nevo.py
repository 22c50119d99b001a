"""Compare the bundled food table's magnesium, calcium and vitamin D with the Dutch NEVO table.

NEVO (RIVM) may not be redistributed, so Magplan neither ships it nor holds any NEVO figure.
Anyone with their own copy imports it into their data folder first:

    MAGPLAN_DATA_DIR=DIR .venv/bin/magplan foods import NEVO2023_8.0.csv

and passes DIR here, whose newest NEVO table this script opens. It pairs bundled foods with
their closest NEVO food by code (tools/nevo_pairing.csv: our own pairing, no figures) and
prints, per food and nutrient, both figures and whether ours is within 25 % of NEVO's or
within an absolute tolerance (5 mg for magnesium and calcium, 1 ug for vitamin D), then the
share of figures that are. A figure either table lacks is not compared.

By default it compares the 40 everyday foods of issue 12's check, the pairs whose `everyday`
column names their category (bread, milk, yoghurt, ... drinks); --all compares every pair.

    .venv/bin/python tools/compare_nevo.py DIR [--all] [--pairing tools/nevo_pairing.csv]
                                               [--foods PATH]
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path

from planner.foods import BUNDLED_FOODS, FoodTable
from planner.library import Library

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAIRING = ROOT / "tools" / "nevo_pairing.csv"
# Nutrient -> absolute tolerance, in the nutrient's unit.
TOLERANCE = {"magnesium_mg": 5.0, "calcium_mg": 5.0, "vitamin_d_ug": 1.0}
RELATIVE = 0.25


def agrees(ours: float, nevo: float, absolute: float) -> bool:
    return abs(ours - nevo) <= max(absolute, RELATIVE * nevo)


def nevo_table(folder: Path) -> FoodTable:
    """The newest NEVO table imported into the data folder, as the library stores it."""
    library = Library(folder)
    imported = [info for info in library.tables() if info.source == "nevo"]
    if not imported:
        raise LookupError(f"{folder} holds no NEVO table: import your copy first")
    info = imported[-1]
    return FoodTable.combine({info.name: library.columns(info)})


def compare(
    foods: FoodTable, nevo: FoodTable, pairing: list[tuple[str, str, str]]
) -> tuple[list[list[str]], int, int]:
    """Table rows, figures compared and figures that agree, for (food, NEVO food, category)."""
    rows, compared, agreeing = [], 0, 0
    for food_id, nevo_id, category in pairing:
        if food_id not in foods:
            raise LookupError(f"pairing names {food_id}, which the food table lacks")
        if nevo_id not in nevo:
            raise LookupError(f"pairing names {nevo_id}, which the NEVO table lacks")
        row = [category, food_id, foods.name(food_id, "nl")[:38], nevo_id]
        for nutrient, absolute in TOLERANCE.items():
            ours = float(foods.row(food_id)[nutrient])
            theirs = float(nevo.row(nevo_id)[nutrient])
            if math.isnan(ours) or math.isnan(theirs):
                row.append(f"{_figure(ours)} / {_figure(theirs)} -")
                continue
            ok = agrees(ours, theirs, absolute)
            compared += 1
            agreeing += ok
            row.append(f"{_figure(ours)} / {_figure(theirs)} {'ok' if ok else 'OFF'}")
        rows.append(row)
    return rows, compared, agreeing


def _figure(value: float) -> str:
    return "?" if math.isnan(value) else f"{value:g}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the data folder NEVO was imported into")
    parser.add_argument(
        "--pairing",
        type=Path,
        default=DEFAULT_PAIRING,
        help="food_id,nevo_code pairs (default: %(default)s)",
    )
    parser.add_argument(
        "--foods",
        type=Path,
        default=BUNDLED_FOODS,
        help="the food table to check (default: the bundled one)",
    )
    parser.add_argument(
        "--all", action="store_true", help="every pair, not only the 40 everyday foods"
    )
    args = parser.parse_args(argv)
    try:
        with args.pairing.open(newline="", encoding="utf-8") as handle:
            pairing = [
                (r["food_id"], f"nevo:{r['nevo_code']}", r["everyday"])
                for r in csv.DictReader(handle)
                if args.all or r["everyday"]
            ]
        rows, compared, agreeing = compare(
            FoodTable.load(args.foods), nevo_table(args.folder), pairing
        )
    except (OSError, LookupError, ValueError) as error:  # FoodTableError is a ValueError
        print(f"compare_nevo: {error}", file=sys.stderr)
        return 1
    header = [
        "everyday",
        "food",
        "name",
        "NEVO",
        "Mg ours / NEVO",
        "Ca ours / NEVO",
        "D ours / NEVO",
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    share = agreeing / compared if compared else 0.0
    print(
        f"\n{agreeing} of {compared} figures ({share:.0%}) within {RELATIVE:.0%} of NEVO's "
        f"or within 5 mg (Mg, Ca) / 1 ug (vitamin D); {len(rows)} foods."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
