"""The window's one-time offer to map a plan's foods of the earlier food table, applied as one
undoable step."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner import storage
from tests.qt_helpers import when_modal
from tests.test_replaced_ids import old_plan

REPLACE = "usda:01001 usda:12014 usda:18069".split()


def ids(window) -> list[str]:
    return [e.food_id for _, _, e in window.document.plan.entries()]


def button(box, text: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def no_question_within(qtbot, act, ms: int = 300) -> bool:
    """Run act; True when no dialog came up within ms (one that does is closed)."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(ms, look)
    act()
    qtbot.waitUntil(lambda: bool(seen))
    return seen == [None]


def open_old_plan(window, qtbot, path, answer: str) -> tuple[str, str, str]:
    """Open a plan of the earlier table and answer the offer with the button named answer;
    returns the question's name, text and list."""
    storage.save(old_plan(), path)
    asked = []

    def reply(box) -> None:
        asked.append((box.objectName(), box.text(), box.informativeText()))
        button(box, answer).click()

    when_modal(reply)
    assert window.file_actions.open_path(path)
    qtbot.waitUntil(lambda: bool(asked))
    return asked[0]


def test_opening_an_old_plan_offers_the_new_foods_as_one_undoable_step(
    make_window, qtbot, tmp_path
):
    window, _ = make_window()
    name, text, listed = open_old_plan(window, qtbot, tmp_path / "old.json", "Replace")
    assert name == "replace_old_ids" and "names 3 food(s)" in text
    assert listed.splitlines() == [
        "usda:01001 → Butter, salted",
        "usda:12014 → Pumpkin seeds",
        "usda:18069 → White bread",
    ]
    assert ids(window) == [
        "ciqual:7009",
        "ciqual:16402",
        "ciqual:15064",
        "usda:15086",
        "usda:99999",
        "ciqual:7009",
    ]
    assert window.document.plan.in_stock == {"ciqual:16402"}
    assert window.document.is_modified()
    # The week shows Monday's bread and butter now: 70 g x 20.4 + 10 g x 4.94 mg Mg / 100.
    monday = window.document.assessment().days[0].food["magnesium"]
    assert monday.amount == pytest.approx(0.7 * 20.4 + 0.1 * 4.94) and monday.missing == 0
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Replace Foods from the Earlier Table"

    stack.undo()
    assert storage.to_dict(window.document.plan) == storage.to_dict(old_plan())
    assert window.document.assessment().days[0].food["magnesium"].missing == 2
    stack.redo()
    assert ids(window)[:3] == ["ciqual:7009", "ciqual:16402", "ciqual:15064"]


def test_keeping_them_unknown_changes_nothing_and_is_not_asked_again(make_window, qtbot, tmp_path):
    window, _ = make_window()
    open_old_plan(window, qtbot, tmp_path / "old.json", "Keep Them Unknown")
    assert storage.to_dict(window.document.plan) == storage.to_dict(old_plan())
    assert window.document.undo_stack.count() == 0 and not window.document.is_modified()
    assert no_question_within(qtbot, window.file_actions.offer_replacements)


def test_the_last_plan_opened_at_start_gets_the_offer_too(make_window, qtbot, tmp_path):
    first, _ = make_window()
    path = tmp_path / "old.json"
    open_old_plan(first, qtbot, path, "Keep Them Unknown")
    first.close()

    when_modal(lambda box: button(box, "Replace").click())
    window, problem = make_window()
    assert problem is None and window.document.path == path.resolve()
    window.start(offer_restore=False)
    qtbot.waitUntil(lambda: window.document.undo_stack.count() == 1)
    assert not set(REPLACE) & set(ids(window))


def test_a_plan_without_old_ids_is_not_asked_about(window, qtbot):
    assert no_question_within(qtbot, window.file_actions.offer_replacements)
