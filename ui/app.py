"""Entry point and composition root.

Command-line subcommands run without loading Qt, so they work on machines without Qt's
libraries; Qt is imported only by the functions that start or draw the window. `build()` is
the one place that makes the food table, the targets, the document, the autosave and the
window, and passes each what it needs.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner import SAMPLE_WEEK, cli, storage
from planner.messages import PlannerError, say
from planner.plan import Plan
from ui import desktop_entry

if TYPE_CHECKING:
    from planner.foods import FoodTable
    from planner.targets import ReferenceIntakes
    from ui.main_window import MainWindow
    from ui.settings import Settings

DEFAULT_SIZE = (1280, 800)
HEADLESS_PLATFORMS = ("offscreen", "minimal")
PLAN_ERRORS = (PlannerError, OSError)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv, html_to_pdf=_html_to_pdf)
    try:
        args = _parser().parse_args(argv)
        if args.plan is not None and _is_unknown_command(args.plan):
            raise cli.UsageError(
                f"unknown command {str(args.plan)!r} (the commands are "
                f"{', '.join(cli.COMMANDS)}; a plan to open must exist)"
            )
    except cli.UsageError as err:
        print(f"magplan: {err} (see magplan --help)", file=sys.stderr)
        return 2
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry.main(install_it=args.install_desktop_entry)
    if args.screenshot:
        return screenshot(args.screenshot, args.plan, args.size)
    if not has_screen(os.environ):
        return without_screen(args.plan)
    return run_window(args.plan)


def _is_unknown_command(argument: Path) -> bool:
    """A word that is neither a command nor a file ('magplan bogus') is a mistyped command; a
    name that looks like a file (week.json, plans/week) is a plan, and a missing one is
    reported as a missing file."""
    text = str(argument)
    looks_like_a_file = bool(argument.suffix) or any(
        sep in text for sep in (os.sep, os.altsep) if sep
    )
    return not looks_like_a_file and not argument.exists()


def _html_to_pdf(html: str, path: Path) -> None:
    # Qt loads only when a command writes a PDF; the other commands stay Qt-free and fast.
    from ui.printing import html_to_pdf

    html_to_pdf(html, path)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise cli.UsageError(message)


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    return int(match[1]), int(match[2])


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="magplan",
        description="Weekly meal planner for magnesium. Opens the "
        "window, or runs a command: " + ", ".join(cli.COMMANDS) + " (magplan COMMAND --help).",
    )
    parser.add_argument("plan", nargs="?", type=Path, help="a plan to open")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="draw the window (with PLAN, or the sample week) to a PNG and exit; needs no screen",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=DEFAULT_SIZE,
        metavar="WIDTHxHEIGHT",
        help="window size for --screenshot (default 1280x800)",
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Magplan and its icon to this user's application menu, and exit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry", action="store_true", help="take them away again, and exit"
    )
    return parser


def has_screen(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt can open a window here rather than abort the process."""
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        return True
    if platform in ("darwin", "win32", "cygwin"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def without_screen(plan_path: Path | None) -> int:
    """No screen to draw on: the plan's report as text, and the window as a picture."""
    print(
        "magplan: no screen here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the plan "
        "follows as text and the window is drawn to a picture",
        file=sys.stderr,
    )
    code = cli.main(["report", str(plan_path or SAMPLE_WEEK)])
    if code:
        return code
    out = Path(tempfile.gettempdir()) / "magplan-window.png"
    code = screenshot(out, plan_path, DEFAULT_SIZE)
    if code == 0:
        print(f"The window, drawn without a screen: {out}")
    return code


def screenshot(out: Path, plan_path: Path | None, size: tuple[int, int]) -> int:
    """Draw the window with the plan (the sample week by default) to a PNG, offscreen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication is made
    app = application()
    from ui import language
    from ui.settings import Settings

    with tempfile.TemporaryDirectory(prefix="magplan-") as folder:
        # A throwaway settings file: a picture must not depend on, or touch, the user's
        # (MAGPLAN_LANG=nl picks the language).
        settings = Settings.in_file(Path(folder) / "settings.ini")
        lang = language.choose(settings)
        language.install(lang)
        try:
            window, _ = build(settings, Path(folder), plan_path, strict=True, lang=lang)
        except PLAN_ERRORS as err:
            print(f"magplan: {say(err, lang)}", file=sys.stderr)
            return 1
        window.lay_out(*size)
        window.show()
        below = [i for i, d in enumerate(window.document.assessment().days) if d.below_target]
        window.week_view.select_day(below[0] if below else 0)
        app.processEvents()
        saved = window.grab().save(str(out), "PNG")
        window.close()
    if not saved:
        print(f"magplan: cannot write {out}", file=sys.stderr)
        return 1
    return 0


def run_window(plan_path: Path | None) -> int:
    app = application()
    from planner.library import default_folder
    from ui import language
    from ui.error_report import LOG_NAME, ErrorReporter
    from ui.settings import Settings

    settings = Settings.for_user()
    # Translators go in before the first widget is made: widgets translate as they are built.
    lang = language.choose(settings)
    language.install(lang)
    # The command line's folder too, so foods imported there are in the window (and
    # MAGPLAN_DATA_DIR moves both).
    folder = default_folder()
    window, problem = build(settings, folder, plan_path, lang=lang)
    ErrorReporter(window, folder / LOG_NAME).install()
    window.show()
    window.start(problem)
    window.plan_actions.rebuild_food_tables()
    return app.exec()


def application():
    """The one QApplication, with the names QSettings and QStandardPaths use, Magplan's icon
    and the desktop entry's name (which Wayland matches windows to)."""
    from PySide6.QtWidgets import QApplication

    from ui.desktop_entry import APP_ID
    from ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Magplan")
    app.setApplicationName("Magplan")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def build(
    settings: Settings,
    data_folder: Path,
    plan_path: Path | None = None,
    foods: FoodTable | None = None,
    intakes: ReferenceIntakes | None = None,
    strict: bool = False,
    lang: str = "en",
) -> tuple[MainWindow, str | None]:
    """Make everything the window needs, and the window; also a problem opening the plan or
    the user's food tables to tell the user once the window is up (strict: raise it instead).
    lang names the foods ("en" or "nl"); the caller has installed its translators.

    The foods are the bundled table with the user's custom foods and enabled imports from the
    data folder, unless a table is given. Imports open in milliseconds, however large, as the
    library stores them; one an older Magplan stored is left for the window to rebuild in the
    background (PlanActions.rebuild_food_tables), unless strict (a picture shows it all).
    """
    from planner.library import Library
    from planner.targets import ReferenceIntakes
    from ui.autosave import Autosave
    from ui.main_window import MainWindow
    from ui.meal_book import MealBook
    from ui.plan_document import PlanDocument

    application()
    problems = []
    library = Library(data_folder)
    meals = MealBook(data_folder)  # one for every window, as the data folder is
    if meals.problem:
        problems.append(meals.problem)
    if foods is None:
        foods = library.food_table(rebuild=strict)
        problems += library.problems
    intakes = intakes if intakes is not None else ReferenceIntakes.load()
    if strict and plan_path is not None:
        plan, path, problem = _load(plan_path, intakes), plan_path, None
    else:
        plan, path, problem = startup_plan(settings, intakes, plan_path, lang)
    problem = "\n".join(([problem] if problem else []) + [say(p, lang) for p in problems]) or None
    settings.started_before = True

    def window(plan: Plan, path: Path | None) -> MainWindow:
        """A window over this plan with its own autosave; it opens more like itself (for
        plans autosaved by windows that did not close)."""
        document = PlanDocument(foods, intakes, plan, path, meals, lang)
        return MainWindow(
            document, settings, Autosave(document, data_folder, settings), library, window, lang
        )

    return window(plan, path), problem


def startup_plan(
    settings: Settings, intakes: ReferenceIntakes, plan_path: Path | None = None, lang: str = "en"
) -> tuple[Plan, Path | None, str | None]:
    """(plan, its file, a problem to tell the user, in lang): the plan named on the command
    line, else the last plan, else the sample week on the very first start (as an untitled
    copy, so Save asks where), else an empty week."""
    problem = None
    for path in (plan_path, settings.last_plan):
        if path is None:
            continue
        try:
            return _load(path, intakes), path, problem
        except PLAN_ERRORS as err:
            problem = problem or say(err, lang)
    if not settings.started_before:
        try:
            return _load(SAMPLE_WEEK, intakes), None, problem
        except PLAN_ERRORS:
            pass  # an install without the sample week starts empty
    return Plan(), None, problem


def _load(path: Path, intakes: ReferenceIntakes) -> Plan:
    """A plan from a file, with a profile the reference table covers."""
    plan = storage.load(path)
    try:
        intakes.for_profile(plan.profile)
    except PlannerError as err:
        raise storage.PlanFileError("file.in", path=str(path), error=err.message) from None
    return plan
