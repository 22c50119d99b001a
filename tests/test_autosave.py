"""Autosave: one file per window, each offered back after a crash, never one of a window that
is still open."""

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace

from PySide6.QtWidgets import QApplication, QMessageBox

from planner import SAMPLE_WEEK, storage
from planner.plan import Plan
from tests.conftest import ROOT
from tests.qt_helpers import when_modal

PUMPKIN_SEEDS = "ciqual:15064"
ALMONDS = "ciqual:15000"

# A real start of the window, which adds a food, autosaves and then waits to be killed.
WINDOW_THAT_CRASHES = """
import sys
from pathlib import Path
from ui.app import build
from ui.settings import Settings

folder, food = Path(sys.argv[1]), sys.argv[2]
window, _ = build(Settings.in_file(folder / "settings.ini"), folder / "data")
window.show()
window.edit_actions.add_food(food)
assert window.autosave.save_if_modified()
print(window.autosave.path, flush=True)
sys.stdin.read()
"""


def restore_each(seen: list[str], times: int) -> None:
    """Answer the next `times` restore questions with Restore, noting their text."""

    def click(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if "Restore" in b.text()).click()
        if len(seen) < times:
            when_modal(click)

    when_modal(click)


def test_two_windows_killed_after_autosave_are_both_offered_back(make_window, tmp_path):
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WINDOW_THAT_CRASHES, str(tmp_path), food],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for food in (PUMPKIN_SEEDS, ALMONDS)
    ]
    try:
        autosaved = [child.stdout.readline().strip() for child in children]
    finally:
        for child in children:
            child.send_signal(signal.SIGKILL)
            child.wait()
    assert all(autosaved) and autosaved[0] != autosaved[1]
    plans = {path: storage.to_dict(storage.load(path)) for path in autosaved}
    assert {PUMPKIN_SEEDS, ALMONDS} <= {
        e["food_id"]
        for doc in plans.values()
        for day in doc["days"]
        for meal in day["meals"].values()
        for e in meal
    }

    window, _ = make_window()
    seen: list[str] = []
    restore_each(seen, 2)
    window.file_actions.offer_restore()

    assert len(seen) == 2 and all("did not close properly" in text for text in seen)
    restored = [window, *window.windows]
    assert len(restored) == 2 and all(w.isVisible() for w in restored)
    assert sorted(json.dumps(storage.to_dict(w.document.plan)) for w in restored) == sorted(
        json.dumps(doc) for doc in plans.values()
    )
    assert all(w.document.is_modified() and w.document.path is None for w in restored)
    # Each restored plan is in its window's own autosave now; the killed windows' are gone.
    assert not any(os.path.exists(path) for path in autosaved)
    assert all(w.autosave.path.is_file() for w in restored)
    # A later start has nothing to offer while these windows are open.
    assert make_window()[0].autosave.orphans() == []


def test_an_open_windows_autosave_is_not_offered_to_another(make_window):
    first, _ = make_window()
    first.edit_actions.add_food(PUMPKIN_SEEDS)
    assert first.autosave.save_if_modified()
    second, _ = make_window()
    assert second.autosave.orphans() == []
    second.edit_actions.add_food(PUMPKIN_SEEDS)
    assert second.autosave.save_if_modified()
    assert second.autosave.path != first.autosave.path
    assert first.autosave.path.is_file() and second.autosave.path.is_file()


def orphan(tmp_path, plan: Plan, origin=None, name: str = "0123456789abcdef"):
    """An autosave as a killed window leaves it: its file, and no lock anyone holds."""
    from ui.settings import Settings

    folder = tmp_path / "data" / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    storage.save(plan, folder / f"{name}.json")
    if origin is not None:
        settings = Settings.in_file(tmp_path / "settings.ini")
        settings.set_autosave_origin(name, origin)
        settings.sync()
    return folder / f"{name}.json"


def test_a_restored_plan_keeps_the_file_it_belongs_to(make_window, tmp_path):
    plan = storage.load(SAMPLE_WEEK)
    plan.set_settings(replace(plan.settings(), household_size=3))
    origin = tmp_path / "my week.json"
    path = orphan(tmp_path, plan, origin)
    window, _ = make_window()
    seen: list[str] = []
    restore_each(seen, 1)
    window.file_actions.offer_restore()
    assert "“my week.json”" in seen[0]
    assert window.document.plan == plan and window.document.path == origin
    assert window.windows == [] and not path.exists()


def test_discarding_an_offered_plan_removes_it(make_window, tmp_path):
    path = orphan(tmp_path, Plan())
    window, _ = make_window()
    before = storage.to_dict(window.document.plan)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    window.file_actions.offer_restore()
    assert not path.exists() and storage.to_dict(window.document.plan) == before


def test_a_damaged_autosave_is_named_and_removed(make_window, tmp_path):
    path = orphan(tmp_path, Plan())
    path.write_text('{"kind": "magplan-plan", "version": 1, "days": [', encoding="utf-8")
    window, _ = make_window()
    seen: list[str] = []

    def restore_then_read_the_error(box: QMessageBox) -> None:
        next(b for b in box.buttons() if "Restore" in b.text()).click()
        when_modal(
            lambda error: (
                seen.append(error.text()),
                error.button(QMessageBox.StandardButton.Ok).click(),
            )
        )

    when_modal(restore_then_read_the_error)
    window.file_actions.offer_restore()
    assert path.name in seen[0] and "damaged" in seen[0]
    assert not path.exists() and QApplication.activeModalWidget() is None
