"""The balance preview driven through its real widgets: untick, apply, undo, redo; the work
off the window's thread with Cancel."""

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from planner import DATA_DIR, storage
from planner.balance import balance
from planner.changes import apply_changes
from planner.totals import Status, assess
from ui.balance_dialog import BalanceDialog
from ui.plan_document import PlanDocument
from ui.profile_dialog import ProfileDialog
from ui.progress import Cancelled, run_with_progress
from ui.week_model import DAY_STATUS_ROLE

SAMPLE = DATA_DIR / "sample-week.json"
WEDNESDAY = 2
MAGNESIUM_AFTER = 2  # the days list: Day, Mg before, Mg after, Ca before, ...


@pytest.fixture
def document(foods, intakes):
    return PlanDocument(foods, intakes, storage.load(SAMPLE))


def preview(document, days=None) -> BalanceDialog:
    return BalanceDialog(document, balance(document.plan, document.foods, document.targets, days))


def magnesium_flags(document) -> list[Status]:
    return [day.food["magnesium"].status for day in document.assessment().days]


def shown_flags(dialog, column: int) -> list[Status]:
    tree = dialog.days
    return [
        tree.topLevelItem(i).data(column, Qt.ItemDataRole.UserRole)
        for i in range(tree.topLevelItemCount())
    ]


def test_balance_week_applies_as_one_undo_step_and_undoes(qtbot, document):
    original = storage.to_dict(document.plan)
    flags = magnesium_flags(document)
    assert Status.LOW in flags
    dialog = preview(document)
    qtbot.addWidget(dialog)
    assert dialog.changes.topLevelItemCount() == len(dialog.proposal.changes) > 0
    assert shown_flags(dialog, MAGNESIUM_AFTER - 1) == flags
    assert shown_flags(dialog, MAGNESIUM_AFTER) == [Status.OK] * 7
    assert "magnesium" not in dialog.unmet.text()

    days_changed = []
    document.day_changed.connect(days_changed.append)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert magnesium_flags(document) == [Status.OK] * 7
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Balance the Week"
    assert sorted(days_changed) == sorted({c.day for c in dialog.proposal.changes})

    document.undo_stack.undo()
    assert magnesium_flags(document) == flags
    assert storage.to_dict(document.plan) == original
    document.undo_stack.redo()
    assert magnesium_flags(document) == [Status.OK] * 7


def test_unticking_a_change_updates_the_preview_and_leaves_it_out(qtbot, document, foods, intakes):
    dialog = preview(document)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Balance the Week"
    changes = dialog.proposal.changes
    assert len(changes) >= 2 and dialog.days.topLevelItemCount() == 7

    # Untick the largest magnesium source with the keyboard, as a user would.
    biggest = max(range(len(changes)), key=lambda i: changes[i].effects["magnesium_mg"])
    day = changes[biggest].day
    dialog.changes.setFocus()
    dialog.changes.setCurrentItem(dialog.changes.topLevelItem(biggest))
    qtbot.keyClick(dialog.changes, Qt.Key.Key_Space)
    kept = dialog.kept_changes()
    assert kept == [c for i, c in enumerate(changes) if i != biggest]

    # The preview shows what the kept changes give, worked out apart from the dialog.
    expected = assess(apply_changes(document.plan, kept), foods, document.targets)
    magnesium = expected.days[day].with_supplements["magnesium"]
    item = dialog.days.topLevelItem(day)
    assert item.data(MAGNESIUM_AFTER, Qt.ItemDataRole.UserRole) == magnesium.status
    assert f"{magnesium.amount:.0f} mg" in item.text(MAGNESIUM_AFTER)
    assert str(len(kept)) in dialog.summary.text()

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    grams = {e.food_id: e.grams for _, _, e in document.plan.days[day].entries()}
    left_out = changes[biggest]
    assert grams.get(left_out.food_id, 0) == sum(
        e.grams
        for _, _, e in storage.load(SAMPLE).days[day].entries()
        if e.food_id == left_out.food_id
    )
    assert document.undo_stack.count() == 1


def test_nothing_ticked_means_nothing_to_apply(qtbot, document):
    dialog = preview(document, [WEDNESDAY])
    qtbot.addWidget(dialog)
    for i in range(len(dialog.proposal.changes)):
        dialog.set_kept(i, False)
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    assert document.undo_stack.count() == 0


def test_an_absurd_target_is_named_in_the_dialog(qtbot, document):
    settings_plan = document.plan
    settings_plan.profile = settings_plan.profile.with_changes(own_targets={"magnesium": 5000})
    document.targets = document.intakes.for_profile(settings_plan.profile)
    dialog = preview(document, [WEDNESDAY])
    qtbot.addWidget(dialog)
    assert dialog.unmet.isVisibleTo(dialog)
    assert "Could not reach the magnesium target on" in dialog.unmet.text()


# --- from the window -------------------------------------------------------------------------


def header_flags(window) -> list[Status]:
    model = window.week_model
    return [
        model.headerData(day, Qt.Orientation.Horizontal, DAY_STATUS_ROLE).magnesium.status
        for day in range(7)
    ]


def when_the_dialog_opens(qtbot, act) -> list[BalanceDialog]:
    """Run act on the balance dialog once it is shown modal (after the progress dialog, if
    that shows); returns the dialog seen."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BalanceDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_plan_menu_balance_week_apply_then_undo(qtbot, window):
    flags = header_flags(window)
    assert Status.LOW in flags
    assert window.plan_actions.balance_week_action in window.plan_menu.actions()
    seen = when_the_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    )
    window.plan_actions.balance_week_action.trigger()
    assert len(seen) == 1
    assert header_flags(window) == [Status.OK] * 7
    assert window.edit_actions.undo_action.text() == "&Undo Balance the Week"
    window.edit_actions.undo_action.trigger()
    assert header_flags(window) == flags
    window.edit_actions.redo_action.trigger()
    assert header_flags(window) == [Status.OK] * 7


def test_day_panel_button_balances_the_selected_day(qtbot, window):
    day = header_flags(window).index(Status.LOW)
    window.week_view.select_day(day)
    assert window.day_panel.day == day
    seen = when_the_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(d.apply_button, Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(window.day_panel.balance_button, Qt.MouseButton.LeftButton)
    assert {c.day for c in seen[0].proposal.changes} == {day}
    flags = header_flags(window)
    assert flags[day] is Status.OK
    assert window.document.undo_stack.count() == 1
    window.edit_actions.undo_action.trigger()
    assert header_flags(window)[day] is Status.LOW


def test_cancel_changes_nothing(qtbot, window):
    flags = header_flags(window)
    when_the_dialog_opens(qtbot, lambda d: d.reject())
    window.plan_actions.balance_day_action.trigger()
    assert header_flags(window) == flags
    assert window.document.undo_stack.count() == 0


def test_cancel_during_the_work_shows_no_preview_and_changes_nothing(qtbot, window):
    flags = header_flags(window)
    # The timer fires in the progress dialog's event loop, while the week is being worked
    # out; the work stops at its next report of a day done.
    QTimer.singleShot(0, lambda: window.findChild(QProgressDialog, "balance_progress").cancel())
    window.plan_actions.balance_week_action.trigger()
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage() == "Balancing cancelled"
    assert header_flags(window) == flags and window.document.undo_stack.count() == 0


def test_balancing_runs_off_the_windows_thread_and_stops_at_a_cancel(qtbot, window):
    document = window.document
    threads, reports = [], []

    def work(progress):
        threads.append(threading.current_thread())
        return balance(document.plan, document.foods, document.targets, progress=progress)

    def cancel_at_the_third_day(done: int, total: int) -> None:
        reports.append((done, total))
        if done == 2:
            window.findChild(QProgressDialog, "balance_progress").cancel()

    result = run_with_progress(window, "…", work, name="balance_progress")
    assert threads[0] is not threading.main_thread()
    assert len(result.days) == 7
    with pytest.raises(Cancelled):
        run_with_progress(window, "…", work, cancel_at_the_third_day, name="balance_progress")
    assert reports == [(0, 7), (1, 7), (2, 7)]


def test_the_day_panel_shows_caffeine_in_pregnancy_only(qtbot, window, foods):
    document, panel = window.document, window.day_panel
    window.week_view.select_day(WEDNESDAY)
    assert not panel.lines["caffeine"].isVisibleTo(panel)
    settings = document.plan.settings()
    pregnant = replace(settings, profile=settings.profile.with_changes(life_stage="pregnancy"))
    document.set_settings(pregnant)
    assert panel.lines["caffeine"].isVisibleTo(panel)
    caffeine = [
        e.grams / 100 * foods.frame.at[e.food_id, "caffeine_mg"]
        for _, _, e in document.plan.days[WEDNESDAY].entries()
    ]
    known = sum(c for c in caffeine if c == c)
    assert panel.lines["caffeine"].text().startswith(f"{known:.0f} of at most 200 mg")
    document.undo_stack.undo()
    assert not panel.lines["caffeine"].isVisibleTo(panel)


def test_the_profile_dialog_turns_the_ratio_nudge_on_as_one_undo_step(qtbot, window):
    document = window.document
    dialog = ProfileDialog(document.plan.settings(), document.check_settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.ratio_nudge.isChecked()
    dialog.ratio_nudge.setChecked(True)
    document.set_settings(dialog.result_settings())
    assert document.plan.ratio_nudge
    document.undo_stack.undo()
    assert not document.plan.ratio_nudge
