"""Figures for the window, each a list of timings:

    (measured by `.venv/bin/python -m bench`)

- startup_seconds(): process start to the window shown and painted, bundled table and sample
  week, in a fresh Python process each run (so imports count); import_floor_seconds(): the
  same for a process that only imports PySide6.QtWidgets and pandas.
- search_keystroke_ms(table): typing into the food browser's search field, one sample per
  keystroke, until the browser has filtered, selected its first row and painted.
- edit_refresh_ms(): one edit (a food added, then undone) until the day header, the chart and
  the day panel have refreshed and painted.

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

_STARTUP = """
import sys, time, tempfile
from pathlib import Path
from ui.app import application, build
from ui.settings import Settings
app = application()
with tempfile.TemporaryDirectory() as folder:
    window, _ = build(Settings.in_file(Path(folder) / "settings.ini"), Path(folder))
    window.show()
    app.processEvents()
    window.repaint()
    print(time.time() - float(sys.argv[1]))
    window.close()
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def startup_seconds(runs: int = 3) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, "-c", _STARTUP, repr(started)], cwd=ROOT,
                             env=_environment(), capture_output=True, text=True, check=True)
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return samples


def import_floor_seconds(runs: int = 3) -> list[float]:
    """The floor start-up is compared to: a fresh Python importing Qt's widgets and pandas."""
    samples = []
    for _ in range(runs):
        started = time.time()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets, pandas"], cwd=ROOT,
                       env=_environment(), check=True)
        samples.append(time.time() - started)
    return samples


def _application():
    os.environ.update(_environment())
    from ui.app import application
    return application()


def search_keystroke_ms(table=None) -> list[float]:
    """Each keystroke of a few searches typed into the real browser over the table."""
    app = _application()
    from bench import tables
    from ui.food_browser import FoodBrowser
    table = table if table is not None else tables.usda() or tables.bundled()
    browser = FoodBrowser(table)
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


def edit_refresh_ms(runs: int = 30) -> list[float]:
    """A food added to the selected day and undone again, each until everything repainted."""
    app = _application()
    from ui.app import build
    from ui.settings import Settings
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        window, _ = build(Settings.in_file(Path(folder) / "settings.ini"), Path(folder))
        window.resize(1280, 800)
        window.show()
        window.week_view.select_cell(2, "snack", 0)
        app.processEvents()
        stack = window.document.undo_stack
        for i in range(runs):
            started = time.perf_counter()
            if i % 2 == 0:
                window.add_food(PUMPKIN_SEEDS)
            else:
                stack.undo()
            app.processEvents()    # the refreshed header, chart and panel paint here
            samples.append((time.perf_counter() - started) * 1000)
        stack.setClean()
        window.close()
        window.deleteLater()
    return samples
