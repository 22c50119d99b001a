"""Shared fixtures. Qt must be told to draw offscreen before it is first imported:
without a screen and without this, Qt aborts the whole test run."""

import os
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# No test, nor a command line it runs, reads or writes a real user's food library.
os.environ["MAGPLAN_DATA_DIR"] = tempfile.mkdtemp(prefix="magplan-test-data-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from planner.foods import FoodTable  # noqa: E402
from planner.targets import ReferenceIntakes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
USDA_FOODS = SHARED_DATA / "usda_sr28_foods.csv"


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_at_exit():
    """Qt crashes at exit when the clipboard still holds data a test put there (seen with
    PySide6 6.11): empty it once the last test has run."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        app = sys.modules["PySide6.QtWidgets"].QApplication.instance()
        if app is not None:
            app.clipboard().clear()


@pytest.fixture(scope="session")
def foods() -> FoodTable:
    return FoodTable.load()


@pytest.fixture(scope="session")
def intakes() -> ReferenceIntakes:
    return ReferenceIntakes.load()


@pytest.fixture
def usda_foods_path() -> Path:
    if not USDA_FOODS.exists():
        pytest.skip(f"the shared USDA table is not here ({USDA_FOODS})")
    return USDA_FOODS


@pytest.fixture
def window_language() -> str:
    """The window fixture's language; a test module overrides it to see the window in Dutch."""
    return "en"


@pytest.fixture
def window(qtbot, tmp_path, foods, intakes, window_language):
    """The window as a first start makes it (the sample week), with temporary settings."""
    from planner.plan import Plan
    from ui.app import build
    from ui.settings import Settings

    window, problem = build(
        Settings.in_file(tmp_path / "settings.ini"),
        tmp_path / "data",
        foods=foods,
        intakes=intakes,
        lang=window_language,
    )
    assert problem is None
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Closed here rather than by qtbot, which would close it first and meet the question
    # about unsaved changes.
    window.document.replace_plan(Plan(), None)
    window.close()
    window.deleteLater()


@pytest.fixture
def make_window(qtbot, tmp_path, foods, intakes):
    """Windows built by the composition root, sharing one temporary settings file and data
    folder, as successive starts of the program on one machine would."""
    from planner.plan import Plan
    from ui.app import build
    from ui.settings import Settings

    windows = []

    def make(plan_path=None):
        settings = Settings.in_file(tmp_path / "settings.ini")
        window, problem = build(
            settings, tmp_path / "data", plan_path, foods=foods, intakes=intakes
        )
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window, problem

    yield make
    # With the windows they opened (plans restored after a crash).
    for window in [w for made in windows for w in (made, *made.windows)]:
        if window.isVisible():
            window.document.replace_plan(Plan(), None)
            window.close()
        window.deleteLater()
