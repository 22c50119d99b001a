"""The command line: the same engine as the window, for scripts, terminals and tests.

User errors print one line on stderr and exit 1 (2 for a wrong command line); never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from planner import storage
from planner.foods import NUTRIENTS, PER, FoodTable, FoodTableError
from planner.plan import Plan, PlanError
from planner.targets import (LIFE_STAGES, SEXES, STANDARDS, ProfileError,
                             ReferenceIntakes)
from planner.totals import Assessment, Status, assess

# Subcommands; anything else on the command line is for the window.
COMMANDS = ("report", "foods")
USER_ERRORS = (FoodTableError, storage.PlanFileError, PlanError, ProfileError, OSError)


class UsageError(Exception):
    """A wrong command line; argparse would otherwise print its usage and exit by itself."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="magplan", description="Weekly meal planner for magnesium.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    report = commands.add_parser("report", help="each day against the targets, with flags")
    report.add_argument("plan", type=Path)
    report.add_argument("--json", action="store_true", help="one JSON object per day")
    add_profile_options(report)
    report.set_defaults(run=run_report)

    foods = commands.add_parser("foods", help="the food table")
    food_commands = foods.add_subparsers(dest="foods_command", required=True,
                                         parser_class=_Parser)
    search = food_commands.add_parser("search", help="find foods by Dutch or English name")
    search.add_argument("text", nargs="+")
    search.add_argument("--sort", choices=("magnesium", "calcium", "vitamin_d"))
    search.add_argument("--per", choices=PER, default="100g")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(run=run_foods_search)
    return parser


def add_profile_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("profile (overrides the plan's)")
    group.add_argument("--sex", choices=SEXES)
    group.add_argument("--age", type=int)
    group.add_argument("--life-stage", choices=LIFE_STAGES)
    group.add_argument("--standard", choices=tuple(STANDARDS))


def load_plan(args: argparse.Namespace, path: Path) -> Plan:
    """The plan at path, with the profile options of the command line applied."""
    plan = storage.load(path)
    changes = {key: getattr(args, key) for key in ("sex", "age", "life_stage", "standard")
               if getattr(args, key, None) is not None}
    if changes:
        plan.profile = plan.profile.with_changes(**changes)
    return plan


def assess_plan(plan: Plan, foods: FoodTable) -> Assessment:
    return assess(plan, foods, ReferenceIntakes.load().for_profile(plan.profile))


FLAG = {Status.OK: "ok", Status.LOW: "! LOW", Status.POSSIBLY_LOW: "? possibly low",
        Status.ABOVE_LIMIT: "! ABOVE LIMIT"}


def run_report(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    foods = FoodTable.load()
    plan = load_plan(args, args.plan)
    assessment = assess_plan(plan, foods)
    if args.json:
        out(json.dumps(assessment.records(), indent=2, ensure_ascii=False))
        return 0
    t = assessment.targets
    out(f"Targets ({plan.profile.standard}, {plan.profile.sex} {plan.profile.age}"
        f"{', ' + plan.profile.life_stage if plan.profile.life_stage else ''}): "
        f"magnesium {t.target('magnesium'):g} mg, calcium {t.target('calcium'):g} mg, "
        f"vitamin D {t.target('vitamin_d'):g} µg; Ca:Mg band "
        f"{plan.ratio_band[0]:g}-{plan.ratio_band[1]:g}")
    out(f"{'date':<10}  {'day':<3}  {'magnesium mg':>16}  {'':<15} {'calcium mg':>14}  "
        f"{'vit D µg':>10}  {'Ca:Mg':>5}  missing")
    for day in assessment.days:
        mg, ca, d = (day.food[k] for k in ("magnesium", "calcium", "vitamin_d"))
        lacking = ", ".join(f"{n} {k}" for k, n in
                            (("Mg", mg.missing), ("Ca", ca.missing), ("D", d.missing)) if n)
        ratio = "-" if day.ratio is None else f"{day.ratio:.2f}"
        out(f"{day.date.isoformat():<10}  {day.date.strftime('%a'):<3}  "
            f"{_at_least(mg):>9} / {mg.target:>4g}  {FLAG[mg.status]:<15} "
            f"{_at_least(ca):>7} {_flag_short(ca.status):<6} {_at_least(d, 1):>6} "
            f"{_flag_short(d.status):<3} {ratio:>5}  {lacking or '-'}")
    below = assessment.days_below
    out(f"{len(below)} of {len(assessment.days)} days below the magnesium target; "
        f"week average {assessment.week_average():.0f} of {t.target('magnesium'):g} mg")
    if plan.supplements:
        out("Supplements (apart from food): " + ", ".join(
            f"{k.rsplit('_', 1)[0].replace('_', ' ')} {v:g} {k.rsplit('_', 1)[1]}"
            for k, v in plan.supplements.items()))
    for key in assessment.supplement_above_limit:
        out(f"! the {key.replace('_', ' ')} supplement is above the upper limit "
            f"of {t.limit(key):g} a day")
    return 0


def _at_least(status, decimals: int = 0) -> str:
    text = f"{status.amount:.{decimals}f}"
    return f"≥{text}" if status.missing else text


def _flag_short(status: Status) -> str:
    return {Status.OK: "", Status.LOW: "low", Status.POSSIBLY_LOW: "low?",
            Status.ABOVE_LIMIT: "HIGH"}[status]


def run_foods_search(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    foods = FoodTable.load()
    rows = foods.search(" ".join(args.text))
    if args.sort:
        column = next(c for c in NUTRIENTS if c.startswith(args.sort))
        rows = foods.order(rows, column, args.per)
    rows = rows[:args.limit]
    if not len(rows):
        out("no food matches")
        return 1
    unit = {"100g": "per 100 g", "portion": "per portion", "100kcal": "per 100 kcal"}[args.per]
    out(f"{'id':<11} {'name':<38} {'Dutch name':<30} {'Mg mg':>7} {'Ca mg':>7} "
        f"{'D µg':>6}  ({unit})")
    mg, ca, d = (foods.per(c, args.per)[rows] for c in ("magnesium_mg", "calcium_mg", "vitamin_d_ug"))
    frame = foods.frame
    for i, row in enumerate(rows):
        out(f"{frame['food_id'].iat[row]:<11} {frame['name_en'].iat[row][:38]:<38} "
            f"{frame['name_nl'].iat[row][:30]:<30} {_num(mg[i]):>7} {_num(ca[i]):>7} "
            f"{_num(d[i], 1):>6}")
    return 0


def _num(value: float, decimals: int = 0) -> str:
    return "?" if value != value else f"{value:.{decimals}f}"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        return args.run(args, print)
    except UsageError as err:
        print(f"magplan: {err} (see magplan --help)", file=sys.stderr)
        return 2
    except USER_ERRORS as err:
        print(f"magplan: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
