"""Figures for the window, each a list of timings:

    (measured by `.venv/bin/python -m bench`)

- startup_and_floor_seconds(): process start to the window shown and painted, bundled table
  and sample week, in a fresh Python process each run (so imports count), taken in turns with
  the import floor: a process that only imports PySide6.QtWidgets and pandas. Taken A B A B,
  a busy moment of the machine slows both alike, so their ratio holds.
- window_with_library(folder): the same start over a data folder with imported tables (the
  400,000-food one), and each run's peak memory.
- search_keystroke_ms(table): typing into the food browser's search field, one sample per
  keystroke, until the browser has filtered, selected its first row and painted.
- edit_refresh_ms(): one edit until the day header, the chart, the day panel and the shopping
  list have refreshed and painted: grams typed into an entry, or a food added (then undone).

Without a screen, Qt draws offscreen; painting still happens, only nothing is shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPED = ("pompoenpitten", "chicken breast", "cheese", "volkoren brood", "volkorenbrood")
PUMPKIN_SEEDS = "ciqual:15064"

# argv: the start time, then a data folder (none: an empty one). Prints the seconds to the
# window shown, the foods it holds, and the process's peak memory in kB.
_STARTUP = """
import sys, time, tempfile
from pathlib import Path
from ui.app import application, build
from ui.settings import Settings
app = application()
with tempfile.TemporaryDirectory() as folder:
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(folder)
    window, _ = build(Settings.in_file(Path(folder) / "settings.ini"), data)
    window.show()
    app.processEvents()
    window.repaint()
    seconds = time.time() - float(sys.argv[1])
    status = open("/proc/self/status").read().splitlines()
    peak = next((l.split()[1] for l in status if l.startswith("VmHWM")), "0")
    print(seconds, len(window.document.foods), peak)
    window.close()
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # Started as a user starts it: Python keeps compiled bytecode (pip compiles an installed
    # Magplan's), so a start does not compile Magplan's sources anew as it would under
    # PYTHONDONTWRITEBYTECODE, which the floor, all compiled packages, would not pay.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _start_window(data: Path | None = None) -> tuple[float, int, float]:
    """One start in a fresh process: (seconds to the window shown, foods, peak memory MB)."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP, repr(started)] + ([str(data)] if data else []),
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, foods, peak_kb = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(foods), int(peak_kb) / 1024


def _import_floor() -> float:
    """The floor start-up is compared to: a fresh Python importing Qt's widgets and pandas."""
    started = time.time()
    subprocess.run(
        [sys.executable, "-c", "import PySide6.QtWidgets, pandas"],
        cwd=ROOT,
        env=_environment(),
        check=True,
    )
    return time.time() - started


def startup_and_floor_seconds(runs: int = 3) -> tuple[list[float], list[float]]:
    """Start-up with the bundled table and the import floor, in turns, over one data folder
    as a user's (after one of each: the first start of all keeps the bundled table checked
    and indexed, and the disk cache warms)."""
    startup, floor = [], []
    with tempfile.TemporaryDirectory() as folder:
        _import_floor()
        _start_window(Path(folder))
        for _ in range(runs):
            floor.append(_import_floor())
            startup.append(_start_window(Path(folder))[0])
    return startup, floor


def window_with_library(folder: Path, runs: int = 3) -> tuple[list[float], list[float], int]:
    """(seconds to the window shown, peak MB, foods) for starts over a data folder, after
    one start that opens (and if need be converts) its tables."""
    _start_window(folder)
    samples = [_start_window(folder) for _ in range(runs)]
    return [s for s, _, _ in samples], [m for _, _, m in samples], samples[-1][1]


def _application():
    os.environ.update(_environment())
    from ui.app import application

    return application()


def search_keystroke_ms(table=None, meals_folder=None) -> list[float]:
    """Each keystroke of a few searches typed into the real browser over the table (and the
    saved meals of a data folder)."""
    app = _application()
    from bench import tables
    from ui.food_browser import FoodBrowser
    from ui.meal_book import MealBook

    table = table if table is not None else tables.usda() or tables.bundled()
    meals = MealBook(meals_folder) if meals_folder is not None else None
    browser = FoodBrowser(table, meals=meals)
    browser.resize(380, 800)
    browser.show()
    app.processEvents()
    samples = []
    for text in TYPED:
        browser.search.clear()
        app.processEvents()
        for end in range(1, len(text) + 1):
            started = time.perf_counter()
            browser.search.setText(text[:end])
            app.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
    browser.close()
    browser.deleteLater()
    return samples


def edit_refresh_ms(runs: int = 30, edit: str = "grams") -> list[float]:
    """Edits of Wednesday in the sample week, with the shopping list shown, each until
    everything repainted: grams typed into its first lunch entry ("grams"), or pumpkin seeds
    added to its snack and taken away again by undo ("add")."""
    app = _application()
    from planner.plan import Slot
    from ui.app import build
    from ui.settings import Settings

    samples = []
    with tempfile.TemporaryDirectory() as folder:
        window, _ = build(Settings.in_file(Path(folder) / "settings.ini"), Path(folder))
        window.resize(1280, 800)
        window.show()
        window.shopping_dock.show()
        window.week_view.select_cell(2, "snack" if edit == "add" else "lunch", 0)
        app.processEvents()
        document = window.document
        lunch = Slot(2, "lunch", 0)
        grams = document.plan.entry(lunch).grams
        for i in range(runs):
            started = time.perf_counter()
            if edit == "grams":  # as typed: 10 g more, then 20 g, and so on
                document.set_amount(lunch, grams + 10 + (i % 2) * 10, None)
            elif i % 2 == 0:
                window.edit_actions.add_food(PUMPKIN_SEEDS)
            else:
                document.undo_stack.undo()
            app.processEvents()  # the refreshed header, chart, panel and list paint here
            samples.append((time.perf_counter() - started) * 1000)
        document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    return samples
