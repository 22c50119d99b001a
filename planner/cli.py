"""The command line: the same engine as the window, for scripts, terminals and tests.

User errors print one line on stderr and exit 1 (2 for a wrong command line); never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from planner import SAMPLE_WEEK, csv_io, file_io, phrases, report, schema, storage
from planner.balance import Bound, balance
from planner.changes import NEVER_ADDED, Change
from planner.cli_meals import add_meals_commands
from planner.foods import NUTRIENTS, PER, SECTIONS, TAGS, FoodTable
from planner.importers import FORMATS, mapped_csv
from planner.importers import read as read_food_file
from planner.library import Library, default_folder
from planner.messages import LANGUAGES, Message, PlannerError, say
from planner.plan import EXCLUSIONS, Plan
from planner.replaced_ids import replacements
from planner.shopping import parse_days, shopping_list
from planner.targets import (
    LIFE_STAGES,
    SEXES,
    STANDARDS,
    TARGET_NUTRIENTS,
    DailyTargets,
    Profile,
    ReferenceIntakes,
)
from planner.totals import Assessment, Status, assess

# Subcommands; anything else on the command line is for the window.
COMMANDS = (
    "report",
    "foods",
    "meals",
    "export",
    "import-csv",
    "shopping-list",
    "balance",
    "map-old-ids",
)
# Renders HTML to a PDF file; the Qt part passes one in, planner/ cannot draw.
HtmlToPdf = Callable[[str, Path], None]


class UsageError(Exception):
    """A wrong command line; argparse would otherwise print its usage and exit by itself.
    Ours carry a Message (said in --lang); argparse's own are English text."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="magplan", description="Weekly meal planner for magnesium.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    report = commands.add_parser("report", help="each day against the targets, with flags")
    report.add_argument(
        "plan",
        type=Path,
        nargs="?",
        default=SAMPLE_WEEK,
        help="the plan file (default: the sample week Magplan ships)",
    )
    report.add_argument("--json", action="store_true", help="one JSON object per day")
    add_lang_option(report, "of the text report and the food names (JSON keys stay English)")
    add_profile_options(report)
    report.set_defaults(run=run_report)

    foods = commands.add_parser("foods", help="the food table")
    food_commands = foods.add_subparsers(dest="foods_command", required=True, parser_class=_Parser)
    search = food_commands.add_parser("search", help="find foods by Dutch or English name")
    search.add_argument("text", nargs="+")
    search.add_argument("--sort", choices=("magnesium", "calcium", "vitamin_d"))
    search.add_argument("--per", choices=PER, default="100g")
    search.add_argument("--limit", type=int, default=20)
    add_lang_option(search, "of the columns; the food's name in it comes first")
    search.set_defaults(run=run_foods_search)
    add_library_commands(food_commands)
    add_meals_commands(
        commands, _Parser, lambda run: lambda args, out: run(args, food_table(args.lang), out)
    )

    export = commands.add_parser("export", help="the plan as CSV")
    export.add_argument("plan", type=Path)
    export.add_argument(
        "--csv",
        type=Path,
        required=True,
        metavar="OUT",
        help="the CSV file to write ('-' for standard output)",
    )
    export.add_argument("--what", choices=csv_io.WHAT, default="entries")
    add_csv_options(export)
    add_profile_options(export)
    export.set_defaults(run=run_export)

    import_csv = commands.add_parser("import-csv", help="an entries CSV back to a plan")
    import_csv.add_argument("csv", type=Path, metavar="IN.csv")
    import_csv.add_argument("-o", "--output", type=Path, required=True, metavar="PLAN")
    import_csv.add_argument(
        "--start",
        type=_iso_date,
        metavar="DATE",
        help="a date in the week, for a CSV of weekdays only (dates, when given, decide)",
    )
    import_csv.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the usable rows even when some cannot be used",
    )
    add_lang_option(import_csv)
    add_profile_options(import_csv)
    import_csv.set_defaults(run=run_import_csv)

    shopping = commands.add_parser("shopping-list", help="the shopping list, as text by default")
    shopping.add_argument("plan", type=Path)
    shopping.add_argument("--people", type=int, help="household size (default: the plan's)")
    shopping.add_argument("--days", help="e.g. mon-wed,sat or 2026-12-01 (default: the week)")
    output = shopping.add_mutually_exclusive_group()
    output.add_argument("--pdf", type=Path, metavar="OUT")
    output.add_argument("--csv", type=Path, metavar="OUT")
    add_csv_options(shopping)
    shopping.set_defaults(run=run_shopping_list)
    balance = commands.add_parser("balance", help="a balanced copy of the plan, with the changes")
    balance.add_argument("plan", type=Path)
    balance.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    balance.add_argument(
        "--day", type=_iso_date, metavar="DATE", help="balance only this day (default: the week)"
    )
    balance.add_argument(
        "--exclude",
        default="",
        metavar="LIST",
        help="foods to leave out, e.g. nuts,fish: " + ",".join(EXCLUSIONS),
    )
    balance.add_argument(
        "--allow",
        default="",
        metavar="LIST",
        help="also add these, never added otherwise: " + ",".join(NEVER_ADDED),
    )
    add_lang_option(balance, "of the changes and the table, with the food names")
    add_profile_options(balance)
    balance.set_defaults(run=run_balance)

    old_ids = commands.add_parser(
        "map-old-ids",
        help="foods the plan names by an id of Magplan's earlier food table, "
        "mapped to the foods that stand for them now",
    )
    old_ids.add_argument("plan", type=Path)
    old_ids.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="write the plan with the foods mapped (without: only list them)",
    )
    add_lang_option(old_ids, "of the lines, with the food names")
    old_ids.set_defaults(run=run_map_old_ids)
    return parser


def add_lang_option(parser: argparse.ArgumentParser, what: str = "of what it prints") -> None:
    """--lang for a command that prints words: its lines and its errors in that language."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help=f"language {what}, and of its errors"
    )


def add_csv_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dialect",
        choices=tuple(csv_io.DIALECTS),
        default="standard",
        help="standard: comma, decimal point; excel-nl: semicolon, decimal comma, with BOM",
    )
    add_lang_option(parser, "of the food names (and of the shopping list's words)")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def add_profile_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("profile (overrides the plan's)")
    group.add_argument("--sex", choices=SEXES)
    group.add_argument("--age", type=int)
    group.add_argument("--life-stage", choices=LIFE_STAGES)
    group.add_argument("--standard", choices=tuple(STANDARDS))


def profile_changes(args: argparse.Namespace) -> dict[str, object]:
    """The profile options given on the command line."""
    return {
        key: getattr(args, key)
        for key in ("sex", "age", "life_stage", "standard")
        if getattr(args, key, None) is not None
    }


def load_plan(args: argparse.Namespace, path: Path) -> Plan:
    """The plan at path, with the profile options of the command line applied."""
    plan = storage.load(path)
    changes = profile_changes(args)
    if changes:
        plan.profile = plan.profile.with_changes(**changes)
    return plan


def targets_for(plan: Plan) -> DailyTargets:
    return ReferenceIntakes.load().for_profile(plan.profile)


def assess_plan(plan: Plan, foods: FoodTable) -> Assessment:
    return assess(plan, foods, targets_for(plan))


def run_report(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    foods = food_table(args.lang)
    plan = load_plan(args, args.plan)
    assessment = assess_plan(plan, foods)
    if args.json:
        out(json.dumps(assessment.records(), indent=2, ensure_ascii=False))
        return 0
    words, t, profile = phrases.report_words(args.lang), assessment.targets, plan.profile
    number = words.number
    out(
        words.targets.format(
            standard=profile.standard,
            person=words.labels.profile(profile.sex, profile.age, profile.life_stage),
            mg=number(t.target("magnesium"), "g"),
            ca=number(t.target("calcium"), "g"),
            d=number(t.target("vitamin_d"), "g"),
            low=number(plan.ratio_band[0], "g"),
            high=number(plan.ratio_band[1], "g"),
        )
    )
    date, day_, mg_, ca_, d_, missing = words.columns
    # Food plus supplement for each nutrient with a supplement; caffeine where it is limited.
    supplemented = [
        (key, name)
        for key, name in zip(TARGET_NUTRIENTS, words.short_names)
        if plan.supplements.get(TARGET_NUTRIENTS[key])
    ]
    caffeine = t.caffeine
    extra = (f"{words.caffeine:>11}       " if caffeine else "") + (
        words.with_supplements if supplemented else ""
    )
    out(
        f"{date:<10}  {day_:<3}  {mg_:>16}  {'':<15} {ca_:>14}  {d_:>11}  {'Ca:Mg':>5}  "
        + (f"{missing:<12}{extra}".rstrip() if extra else missing)
    )
    warnings = []
    for i, day in enumerate(assessment.days):
        mg, ca, d = (day.food[k] for k in TARGET_NUTRIENTS)
        lacking = ", ".join(
            f"{n} {k}" for k, n in (("Mg", mg.missing), ("Ca", ca.missing), ("D", d.missing)) if n
        )
        ratio = "-" if day.ratio is None else number(day.ratio, ".2f")
        line = (
            f"{day.date.isoformat():<10}  {words.labels.weekdays[day.date.weekday()]:<3}  "
            f"{_at_least(mg, words):>9} / {number(mg.target, '>4g')}  "
            f"{words.flag(mg.status):<15} {_at_least(ca, words):>7} "
            f"{words.flag(ca.status, short=True):<6} {_at_least(d, words, 1):>6} "
            f"{words.flag(d.status, short=True):<5} {ratio:>5}  "
            + (f"{lacking or '-':<12}" if extra else lacking or "-")
        )
        if caffeine:
            column = NUTRIENTS.index("caffeine_mg")
            amount = float(assessment.totals.known.iat[i, column])
            missing_caffeine = int(assessment.totals.missing.iat[i, column])
            above = amount > caffeine.amount
            text = ("≥" if missing_caffeine else "") + number(amount, ".0f")
            line += f"{text:>11} {'HIGH' if above else '':<4}  "
            if above:
                warnings.append(
                    words.caffeine_above.format(
                        date=day.date.isoformat(),
                        amount=number(amount, ".0f"),
                        limit=number(caffeine.amount, "g"),
                    )
                )
        cells = []
        for key, name in supplemented:
            total, decimals = day.with_supplements[key], 1 if key == "vitamin_d" else 0
            flag = words.flag(total.status, short=True)
            cells.append(f"{name} {_at_least(total, words, decimals)}{' ' + flag if flag else ''}")
            if total.status is Status.ABOVE_LIMIT:
                warnings.append(
                    words.day_above_limit.format(
                        date=day.date.isoformat(),
                        name=words.labels.nutrients[key],
                        amount=number(total.amount, f".{decimals}f"),
                        unit=_unit(key),
                        limit=number(t.limits[key].amount, "g"),
                    )
                )
        out((line + ", ".join(cells)).rstrip())
    out(
        words.below.format(
            below=len(assessment.days_below),
            days=len(assessment.days),
            average=number(assessment.week_average(), ".0f"),
            target=number(t.target("magnesium"), "g"),
        )
    )
    if plan.supplements:
        out(
            words.supplements
            + ", ".join(
                f"{words.supplement(k)} {number(v, 'g')} {k.rsplit('_', 1)[1]}"
                for k, v in plan.supplements.items()
            )
        )
    for key in assessment.supplement_above_limit:
        out(
            words.above_limit.format(
                name=words.supplement(key), limit=number(t.limits[key].amount, "g")
            )
        )
    for warning in warnings:
        out(warning)
    return 0


def _unit(key: str) -> str:
    """'µg' for vitamin_d, 'mg' for the others."""
    return "µg" if TARGET_NUTRIENTS[key].endswith("_ug") else "mg"


def _at_least(status, words: phrases.ReportWords, decimals: int = 0) -> str:
    text = words.number(status.amount, f".{decimals}f")
    return f"≥{text}" if status.missing else text


def said(args: argparse.Namespace, code: str, **params: object) -> str:
    """One of the command's lines (a code of planner/texts.py) in its --lang."""
    return Message(code, **params).text(args.lang)


def run_foods_search(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    if args.limit < 1:
        raise UsageError(Message("cli.limit"))
    foods = food_table(args.lang)
    rows = foods.search(" ".join(args.text))
    if args.sort:
        column = next(c for c in NUTRIENTS if c.startswith(args.sort))
        rows = foods.order(rows, column, args.per)
    rows = rows[: args.limit]
    if not len(rows):
        out(said(args, "cli.no_food_matches"))
        return 1
    # The food's name in the command's language first, then in the other.
    first, second = ("nl", "en") if args.lang == "nl" else ("en", "nl")
    number = phrases.report_words(args.lang).number
    out(
        f"{'id':<11} {said(args, 'cli.name'):<38} {said(args, 'cli.other_name'):<30} "
        f"{'Mg mg':>7} {'Ca mg':>7} {'D µg':>6}  ({said(args, f'cli.per_{args.per}')})"
    )
    mg, ca, d = (
        foods.per(c, args.per)[rows] for c in ("magnesium_mg", "calcium_mg", "vitamin_d_ug")
    )
    names = zip(
        foods.food_ids(rows),
        foods.strings(f"name_{first}", rows),
        foods.strings(f"name_{second}", rows),
    )
    for i, (food_id, name, other) in enumerate(names):
        out(
            f"{food_id:<11} {name[:38]:<38} {other[:30]:<30} {_num(mg[i], number):>7} "
            f"{_num(ca[i], number):>7} {_num(d[i], number, 1):>6}"
        )
    return 0


def _num(value: float, number: Callable[[float, str], str], decimals: int = 0) -> str:
    return "?" if value != value else number(value, f".{decimals}f")


def food_table(lang: str = "en") -> FoodTable:
    """The bundled foods with the user's custom foods and enabled imported tables."""
    library = Library(default_folder())
    for info in library.to_rebuild():
        print("magplan: " + Message("cli.preparing", name=info.name).text(lang), file=sys.stderr)
    foods = library.food_table()
    for problem in library.problems:
        print("magplan: " + Message("cli.left_out", problem=problem).text(lang), file=sys.stderr)
    return foods


def add_library_commands(food_commands: argparse._SubParsersAction) -> None:
    imports = food_commands.add_parser(
        "import", help="import a food table (USDA FoodData Central, NEVO, Ciqual, any CSV)"
    )
    imports.add_argument("file", type=Path)
    imports.add_argument("--format", choices=FORMATS, help="default: told by the file")
    imports.add_argument(
        "--map",
        action="append",
        metavar="FIELD=COLUMN,...",
        help="for a CSV: which column holds each field, e.g. "
        "name=Naam,magnesium_mg=Mg; fields: " + ", ".join(mapped_csv.FIELDS),
    )
    imports.add_argument("--prefix", default="csv", help="id prefix for a CSV (default: csv)")
    imports.add_argument("--name", help="the table's name in the library")
    add_lang_option(imports, "of the summary")
    imports.set_defaults(run=run_foods_import)

    tables = food_commands.add_parser("tables", help="the imported tables; switch them on or off")
    action = tables.add_mutually_exclusive_group()
    action.add_argument("--enable", metavar="NAME")
    action.add_argument("--disable", metavar="NAME")
    action.add_argument("--remove", metavar="NAME")
    add_lang_option(tables, "of the list")
    tables.set_defaults(run=run_foods_tables)

    add = food_commands.add_parser("add", help="create or change a custom food (per 100 g)")
    add.add_argument("name", help="the English name")
    add.add_argument("--nl", dest="name_nl", help="the Dutch name (default: the English one)")
    add.add_argument("--id", dest="food_id", help="a custom:... id, to change that food")
    add.add_argument("--section", choices=SECTIONS, default="other")
    for nutrient in NUTRIENTS:
        add.add_argument(
            f"--{nutrient.replace('_', '-')}",
            dest=nutrient,
            type=float,
            metavar="N",
            help="per 100 g; leave out when unknown",
        )
    add.add_argument("--portion-g", type=float, help="grams in one household portion")
    add.add_argument("--portion", dest="portion_en", help="the portion in words, e.g. '1 bowl'")
    add.add_argument("--portion-nl", help="the portion in Dutch, e.g. '1 kom'")
    add.add_argument("--tags", default="", help="what is true of it: " + ",".join(TAGS))
    add_lang_option(add)
    add.set_defaults(run=run_foods_add)


def run_foods_import(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    mapping = mapped_csv.parse_mapping(args.map) if args.map else None
    imported = read_food_file(args.file, args.format, mapping, args.prefix)
    library = Library(default_folder())
    info = library.add(imported, name=args.name)
    out(
        said(
            args,
            "cli.imported",
            foods=info.foods,
            file=info.file,
            source=info.source + (f", {info.version}" if info.version else ""),
            name=info.name,
            folder=str(library.tables_dir),
        )
    )
    for name in info.replaced:
        out(said(args, "cli.replaces", name=name))
    skipped = sum(info.skipped.values())
    out(said(args, "cli.skipped", count=skipped) + (":" if skipped else ""))
    for reason, count in info.skipped.items():
        out(f"  {count:>7}  {say(reason, args.lang)}")
    for note, count in info.notes.items():
        out(said(args, "cli.note", count=count, note=say(note, args.lang)))
    out(said(args, "cli.covered"))
    for nutrient, count in info.coverage.items():
        out(
            f"  {nutrient:<15} "
            + said(
                args,
                "cli.covered_by",
                count=f"{count:>7}",
                foods=info.foods,
                share=f"{count / info.foods:.0%}",
            )
        )
    return 0


def run_foods_tables(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    library = Library(default_folder())
    if args.enable or args.disable:
        library.set_enabled(args.enable or args.disable, bool(args.enable))
    if args.remove:
        library.remove(args.remove)
    infos = library.tables()
    if not infos:
        out(said(args, "cli.no_tables", folder=str(library.folder)))
    for info in infos:
        out(
            said(
                args,
                "cli.table_on" if info.enabled else "cli.table_off",
                name=f"{info.name:<32}",
                foods=f"{info.foods:>7}",
                source=f"{info.source} {info.version}",
                file=info.file,
                imported=info.imported,
            )
        )
    return 0


def run_foods_add(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    wrong = [t for t in tags if t not in TAGS]
    if wrong:
        raise UsageError(Message("cli.tag", tag=repr(wrong[0]), tags=", ".join(TAGS)))
    fields = ("food_id", "name_nl", "section", "portion_g", "portion_en", "portion_nl")
    food = {
        "name_en": args.name,
        **{f: getattr(args, f) for f in fields + NUTRIENTS if getattr(args, f) is not None},
    }
    food.update({t: 1 for t in tags})
    food_id = Library(default_folder()).save_custom_food(food)
    out(said(args, "cli.saved", food_id=food_id))
    return 0


def run_export(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    foods = food_table(args.lang)
    plan = load_plan(args, args.plan)
    file_io.write_output(
        args.csv,
        csv_io.export(
            args.what, plan, foods, targets_for(plan), csv_io.DIALECTS[args.dialect], args.lang
        ),
    )
    return 0


def run_import_csv(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    foods = food_table(args.lang)
    data = file_io.read_bytes(
        args.csv, csv_io.CsvImportError, "CSV file", limit=schema.MAX_FILE_BYTES
    )
    try:
        result = csv_io.read_entries(data, foods, start=args.start)
    except csv_io.CsvImportError as err:
        raise csv_io.CsvImportError("file.in", path=str(args.csv), error=err.message) from None
    for bad in result.bad_rows:
        print(
            "magplan: "
            + said(args, "cli.bad_row", file=str(args.csv), line=bad.line, reason=bad.reason),
            file=sys.stderr,
        )
    if result.bad_rows and not args.skip_bad_rows:
        raise csv_io.CsvImportError(
            "cli.bad_rows", file=str(args.csv), count=len(result.bad_rows), used=result.used_rows
        )
    if not result.used_rows:
        raise csv_io.CsvImportError("cli.no_entries", file=str(args.csv))
    plan = result.plan
    plan.profile = Profile().with_changes(**profile_changes(args))
    storage.save(plan, args.output)
    out(
        said(
            args,
            "cli.imported_entry" if result.used_rows == 1 else "cli.imported_entries",
            file=str(args.output),
            count=result.used_rows,
            start=plan.start.isoformat(),
        )
        + (said(args, "cli.rows_skipped", count=len(result.bad_rows)) if result.bad_rows else "")
    )
    return 0


def run_shopping_list(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    html_to_pdf: HtmlToPdf | None = getattr(args, "html_to_pdf", None)
    if args.pdf and html_to_pdf is None:
        raise UsageError(Message("cli.pdf_needs_qt"))
    foods = food_table(args.lang)
    plan = storage.load(args.plan)
    days = parse_days(args.days, plan) if args.days else None
    shopping = shopping_list(plan, foods, days, args.people, args.lang)
    labels = phrases.printout_words(args.lang)
    if args.csv:
        file_io.write_output(
            args.csv, csv_io.export_shopping(shopping, csv_io.DIALECTS[args.dialect], args.lang)
        )
    elif args.pdf:
        assert html_to_pdf is not None  # refused above
        html_to_pdf(report.shopping_html(shopping, labels), args.pdf)
    else:
        out(report.shopping_text(shopping, labels).rstrip("\n"))
    return 0


def run_balance(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    exclude = [name.strip() for name in args.exclude.split(",") if name.strip()]
    for name in exclude:
        if name not in EXCLUSIONS:
            raise UsageError(Message("cli.exclude", known=", ".join(EXCLUSIONS), value=repr(name)))
    allow = [name.strip() for name in args.allow.split(",") if name.strip()]
    for name in allow:
        if name not in NEVER_ADDED:
            raise UsageError(Message("cli.allow", known=", ".join(NEVER_ADDED), value=repr(name)))
    foods = food_table(args.lang)
    plan = load_plan(args, args.plan)
    days = None if args.day is None else [plan.day_index(args.day)]
    targets = targets_for(plan)
    result = balance(plan, foods, targets, days, exclude, allow)
    storage.save(result.plan, args.output)

    words = phrases.report_words(args.lang)
    number = words.number
    swaps = sum(c.is_swap for c in result.changes)
    out(
        said(
            args,
            "cli.changes",
            changes=len(result.changes),
            days=len({c.day for c in result.changes}),
            swaps=swaps,
        )
        if result.changes
        else said(args, "cli.no_change_needed" if not result.unmet else "cli.no_change_found")
    )
    for change in result.changes:
        out("  " + describe_change(change, foods, args.lang))
    low, high = plan.ratio_band
    caffeine = targets.caffeine is not None
    out(
        said(
            args,
            "cli.nudged" if plan.ratio_nudge else "cli.indicator",
            band=f"{number(low, 'g')}-{number(high, 'g')}",
        )
    )
    out(
        f"{said(args, 'cli.date'):<10}  {said(args, 'cli.day'):<3}  "
        f"{said(args, 'cli.magnesium_mg'):<20}  {said(args, 'cli.calcium_mg'):<20}  "
        f"{said(args, 'cli.vitamin_d_ug'):<20}  {'Ca:Mg':<12}  {said(args, 'cli.energy_kcal'):<13}"
        + (f"  {said(args, 'cli.caffeine_mg')}" if caffeine else "")
    )
    for day in sorted(result.days + result.skipped):
        b, a = result.before.days[day], result.after.days[day]
        mg, ca, d = (
            " -> ".join(
                f"{_at_least(status, words, n)} {words.flag(status.status, short=True) or 'ok'}"
                for status in (b.with_supplements[k], a.with_supplements[k])
            )
            for k, n in (("magnesium", 0), ("calcium", 0), ("vitamin_d", 1))
        )
        ratio = " -> ".join("-" if r is None else number(r, ".2f") for r in (b.ratio, a.ratio))
        kcal, caffeine_mg = (
            " -> ".join(
                number(float(r.totals.known[column].iat[day]), ".0f")
                for r in (result.before, result.after)
            )
            for column in ("energy_kcal", "caffeine_mg")
        )
        note = said(args, "cli.nothing_planned") if day in result.skipped else ""
        weekday = words.labels.weekdays[a.date.weekday()]
        out(
            f"{a.date.isoformat():<10}  {weekday:<3}  {mg:<20}  {ca:<20}  "
            f"{d:<20}  {ratio:<12}  {kcal:<13}" + (f"  {caffeine_mg}" if caffeine else "") + note
        )
    energy = float(result.before.totals.known["energy_kcal"].iloc[list(result.days)].sum())
    added = result.energy_added()
    out(
        said(args, "cli.energy", added=number(added, "+.0f"))
        + (
            said(
                args,
                "cli.energy_share",
                share=number(100 * added / energy, "+.1f"),
                energy=number(energy, ".0f"),
            )
            if energy
            else ""
        )
        + said(args, "cli.energy_days")
    )
    for unmet in result.unmet:
        # Calcium's target is aimed at, not required: below it is a fact, not a failure.
        out(
            said(args, "cli.calcium_below", date=unmet.date.isoformat())
            if unmet.bound is Bound.CALCIUM_TARGET
            else said(
                args,
                "cli.unmet",
                bound=Message(f"bound.{unmet.bound.name.lower()}"),
                date=unmet.date.isoformat(),
            )
        )
    out(said(args, "cli.wrote", file=str(args.output)))
    return 0


def run_map_old_ids(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    foods = food_table(args.lang)
    plan = storage.load(args.plan)
    new_ids = replacements(plan, foods)
    for old, new in new_ids.items():
        out(f"{old} -> {new}  {foods.name(new, args.lang)}")
    for food_id in sorted(plan.food_ids(lists=True) - set(new_ids)):
        if food_id not in foods:
            out(said(args, "cli.no_stand_in", food_id=food_id))
    if not new_ids:
        out(said(args, "cli.nothing_to_map"))
    if args.output is None:
        if new_ids:
            out(said(args, "cli.nothing_written"))
        return 0
    plan.replace_food_ids(new_ids)
    storage.save(plan, args.output)
    out(said(args, "cli.wrote", file=str(args.output)))
    return 0


def describe_change(change: Change, foods: FoodTable, lang: str = "en") -> str:
    """'+30 g Pumpkin seeds to Tuesday's snack: +178 mg magnesium, +14 mg calcium, +168 kcal'
    or 'Swap White bread (70 g) for Wholemeal bread (70 g) in Monday's lunch: +31 mg
    magnesium, +0 kcal'. Calcium and vitamin D are named when they change."""
    decimal = phrases.report_words(lang).labels.decimal

    def text(code: str, **params: object) -> str:
        return Message(code, **params).text(lang)

    def grams(value: float) -> str:
        return f"{value:g}".replace(".", decimal)

    where = text(
        "cli.where",
        day=Message(f"day.{change.date.weekday()}"),
        meal=Message(f"cli.meal.{change.meal}"),
    )
    replaced = change.replaces
    if replaced is not None:
        what = text(
            "cli.swap",
            old=foods.name(replaced.food_id, lang),
            old_grams=grams(replaced.grams),
            new=foods.name(change.food_id, lang),
            new_grams=grams(change.grams),
            where=where,
        )
    else:
        what = f"+{grams(change.grams)} g {foods.name(change.food_id, lang)}"
        if change.portions is not None:
            whole, half = divmod(change.portions, 1)
            count = f"{int(whole) or ''}{'½' if half else ''}"
            what += f" ({count} × {foods.portion(change.food_id, lang)})"
        what += text("cli.to" if change.is_new_entry else "cli.more_at", where=where)
    e = change.effects
    effects = [text("cli.mg_magnesium", amount=_signed(e["magnesium_mg"], decimal))]
    if round(e["calcium_mg"]):
        effects.append(text("cli.mg_calcium", amount=_signed(e["calcium_mg"], decimal)))
    vitamin_d = e["vitamin_d_ug"]
    if vitamin_d != vitamin_d:
        if not change.is_swap:  # a swap's vitamin D is as unknown as before
            effects.append(text("cli.vitamin_d_unknown"))
    elif abs(vitamin_d) >= 0.05:
        effects.append(text("cli.ug_vitamin_d", amount=_signed(vitamin_d, decimal, 1)))
    effects.append(f"{_signed(e['energy_kcal'], decimal)} kcal")
    return f"{what}: {', '.join(effects)}"


def _signed(value: float, decimal: str = ".", decimals: int = 0) -> str:
    """'+31', '-4', and '+0' for anything that rounds to nothing."""
    rounded = round(value, decimals) or 0.0
    return f"{rounded:+.{decimals}f}".replace(".", decimal)


def main(argv: Sequence[str] | None = None, html_to_pdf: HtmlToPdf | None = None) -> int:
    """Run one subcommand; html_to_pdf, when given, lets --pdf write a PDF."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "en"
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", lang)
        args.html_to_pdf = html_to_pdf
        return args.run(args, print)
    except UsageError as err:
        print("magplan: " + Message("cli.usage", error=err.args[0]).text(lang), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped reading (magplan report | head): stop quietly, as cat does.
        # Standard output goes to nothing, so flushing it at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (PlannerError, OSError) as err:
        print("magplan: " + say(err, lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
