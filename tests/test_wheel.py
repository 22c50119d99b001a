"""Magplan as a user installs it: the sdist and the wheel built from a copy of the checkout,
the wheel installed into a fresh virtual environment, and magplan run from a folder outside
the checkout. About a minute (pip's cache saves the downloads), so only when asked:
.ci/run sets MAGPLAN_TEST_WHEEL=1.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    os.environ.get("MAGPLAN_TEST_WHEEL") != "1",
    reason="builds and installs the wheel (about a minute); .ci/run sets MAGPLAN_TEST_WHEEL=1",
)


def run(*command, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{command}: {result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The dist folder, with the sdist and the wheel built from it (python -m build does both,
    so a file the sdist lacks breaks the wheel too)."""
    work = tmp_path_factory.mktemp("build")
    # From a copy: building writes magplan.egg-info beside pyproject.toml.
    source = work / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".hypothesis"
        ),
    )
    run(sys.executable, "-m", "build", "--outdir", str(work / "dist"), str(source))
    return work / "dist"


@pytest.fixture(scope="module")
def magplan(built, tmp_path_factory):
    """Runs the installed magplan in a folder of its own, with its own home and data folder."""
    home = tmp_path_factory.mktemp("user")
    run(sys.executable, "-m", "venv", str(home / "venv"))
    (wheel,) = built.glob("magplan-*.whl")
    run(str(home / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel))
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "MAGPLAN_", "XDG_", "VIRTUAL_ENV"))
    }
    env |= {
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "MAGPLAN_DATA_DIR": str(home / "data"),
    }

    def magplan(*args: str, **more_env: str) -> subprocess.CompletedProcess:
        result = run(str(home / "venv" / "bin" / "magplan"), *args, cwd=home, env=env | more_env)
        assert "Traceback" not in result.stderr
        return result

    magplan.home = home
    return magplan


def test_the_wheel_holds_the_program_and_its_files_and_nothing_else(built):
    (wheel,) = built.glob("magplan-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    tops = {name.split("/")[0] for name in names}
    assert tops == {"planner", "ui", "magplan-0.1.0.dist-info"}
    code = {
        str(p.relative_to(ROOT)) for top in ("planner", "ui") for p in (ROOT / top).rglob("*.py")
    }
    assert code <= names
    assert {
        "planner/data/foods.csv",
        "planner/data/reference_intakes.csv",
        "planner/data/sample-week.json",
        "ui/i18n/magplan_nl.qm",
        "ui/desktop/magplan.desktop",
        "ui/desktop/magplan.svg",
        "ui/desktop/magplan-16.png",
        "ui/desktop/magplan-256.png",
    } <= names
    assert "planner/data/foods_selection.csv" not in names


def test_report_and_search_work_outside_the_checkout(magplan):
    report = magplan("report").stdout
    assert "magnesium" in report and "2026-11-30" in report
    found = magplan("foods", "search", "spinazie").stdout
    assert "Spinazie, gekookt" in found


def test_the_window_draws_in_english_and_in_dutch(magplan):
    pictures = {}
    for lang in ("en", "nl"):
        out = magplan.home / f"window-{lang}.png"
        magplan("--screenshot", str(out), MAGPLAN_LANG=lang)
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 800)
        # A drawn window, not a blank one: many colours (text, flags, the chart).
        colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
        assert len(colours) > 50, lang
        pictures[lang] = out.read_bytes()
    assert pictures["en"] != pictures["nl"]


def test_the_desktop_entry_runs_the_installed_magplan(magplan):
    share = magplan.home / "share"
    magplan("--install-desktop-entry", XDG_DATA_HOME=str(share))
    entry = (share / "applications" / "magplan.desktop").read_text(encoding="utf-8")
    assert f"Exec={magplan.home / 'venv' / 'bin' / 'magplan'} %f" in entry.splitlines()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "magplan.png").is_file()
