"""The shopping list in the window, driven through real widgets."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle

from planner import DATA_DIR, report, storage
from planner.plan import Entry, Plan, Slot
from planner.shopping import shopping_list
from tests.qt_helpers import when_modal
from ui.plan_document import PlanDocument
from ui.printing import Printing
from ui.shopping_view import ShoppingView

SAMPLE = DATA_DIR / "sample-week.json"


@pytest.fixture
def document(foods, intakes):
    return PlanDocument(foods, intakes, storage.load(SAMPLE))


@pytest.fixture
def view(qtbot, document):
    widget = ShoppingView(document, Printing())
    qtbot.addWidget(widget)
    widget.show()  # a hidden list is built only when shown
    return widget


def shown(view: ShoppingView) -> dict[str, tuple[str, str, bool]]:
    return {
        food_id: (line.text(0), line.text(1), line.checkState(0) == Qt.CheckState.Checked)
        for food_id, line in view.items().items()
    }


def test_the_view_shows_the_planners_list(view, document, foods):
    shopping = shopping_list(document.plan, foods)
    lines = shown(view)
    assert list(lines) == [i.food_id for i in shopping.items + shopping.in_stock]
    for item in shopping.items:
        assert lines[item.food_id][:2] == (item.name_en, report.item_amount(item))
    headings = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert headings[0] == "Vegetables" and headings[-1].startswith("In stock at home")
    assert "for 2 people" in view.summary.text()


def test_a_tick_is_saved_in_the_plan_and_undone(view, document, qtbot):
    food_id, line = next(iter(view.items().items()))
    # A click on the box at the start of the line.
    rect = view.tree.visualItemRect(line)
    indicator = view.tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    qtbot.mouseClick(
        view.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + indicator // 2 + 4, rect.center().y()),
    )
    assert food_id in document.plan.ticked
    assert document.is_modified()
    document.undo_stack.undo()
    assert food_id not in document.plan.ticked
    assert view.items()[food_id].checkState(0) == Qt.CheckState.Unchecked
    # And the other way: a tick made elsewhere shows here, on the same line.
    view.tree.setCurrentItem(view.items()[food_id])
    document.set_ticked(food_id, True)
    assert view.items()[food_id].checkState(0) == Qt.CheckState.Checked
    assert view.current_food_id() == food_id


def test_space_ticks_the_current_line(view, document, qtbot):
    food_id, line = list(view.items().items())[2]
    view.tree.setFocus()
    view.tree.setCurrentItem(line)
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    assert food_id in document.plan.ticked


def test_household_and_day_changes_refresh_the_list(view, document, qtbot, foods):
    settings = document.plan.settings()
    document.set_settings(replace(settings, household_size=3))
    qtbot.waitUntil(lambda: "for 3 people" in view.summary.text())
    for button in view.day_buttons[:5]:
        button.setChecked(False)
    qtbot.waitUntil(lambda: "Sat" in view.summary.text() and "Mon" not in view.summary.text())
    weekend = shopping_list(document.plan, foods, days=[5, 6])
    assert list(view.items()) == [i.food_id for i in weekend.items + weekend.in_stock]
    document.replace_days(
        {
            5: {m: [] for m in ("breakfast", "lunch", "dinner", "snack")},
            6: {m: [] for m in ("breakfast", "lunch", "dinner", "snack")},
        },
        "Clear weekend",
    )
    qtbot.waitUntil(lambda: view.items() == {})
    assert not view.copy_button.isEnabled()


def test_always_in_stock_moves_a_food_apart_and_undoes(view, document, qtbot):
    food_id = next(iter(view.items()))
    document.set_in_stock(food_id, True)
    qtbot.waitUntil(lambda: not view.items()[food_id].flags() & Qt.ItemFlag.ItemIsUserCheckable)
    assert food_id in document.plan.in_stock
    heading = view.items()[food_id].parent().text(0)
    assert heading.startswith("In stock at home")
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(view.items()[food_id].flags() & Qt.ItemFlag.ItemIsUserCheckable))
    assert food_id not in document.plan.in_stock


def test_a_hidden_list_waits_to_be_shown(qtbot, document, foods):
    view = ShoppingView(document, Printing())
    qtbot.addWidget(view)
    assert view.items() == {}  # nothing built at start while hidden
    view.show()
    assert "for 2 people" in view.summary.text()
    view.hide()
    settings = document.plan.settings()
    document.set_settings(replace(settings, household_size=3))
    qtbot.wait(10)
    assert "for 2 people" in view.summary.text()  # no rebuild for a closed dock
    view.show()
    assert "for 3 people" in view.summary.text()


def test_in_stock_is_a_document_change_with_its_own_signal(document, qtbot):
    food_id = next(
        e.food_id for *_, e in document.plan.entries() if e.food_id not in document.plan.in_stock
    )
    with qtbot.waitSignal(document.in_stock_changed) as signal:
        document.set_in_stock(food_id, True)
    assert signal.args == [food_id] and food_id in document.plan.in_stock
    assert document.undo_stack.undoText() == f"Keep {document.food_name(food_id)} in Stock"
    document.set_in_stock(food_id, True)  # already in stock: no step
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert food_id not in document.plan.in_stock


def test_copy_as_text(view, document, foods):
    view.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text == report.shopping_text(shopping_list(document.plan, foods))


@pytest.fixture
def window(qtbot, tmp_path, foods, intakes):
    from ui.app import build
    from ui.settings import Settings

    settings = Settings.in_file(tmp_path / "settings.ini")
    window, _ = build(settings, tmp_path / "data", foods=foods, intakes=intakes)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.replace_plan(Plan(), None)  # nothing unsaved, so closing asks nothing
    window.close()


def test_the_window_has_the_file_actions_and_the_dock(window, qtbot):
    texts = [a.text() for a in window.file_menu.actions()]
    wanted = ["Print &Shopping List…", "&Print Week…", "&Export CSV…", "&Import CSV…"]
    at = [texts.index(t) for t in wanted]
    assert at == sorted(at) and at[-1] < texts.index("&Quit")
    assert not window.shopping_dock.isVisible()
    window.shopping_dock.toggleViewAction().trigger()
    assert window.shopping_dock.isVisible()
    # The dock's list follows edits made in the week.
    food_id = next(iter(window.shopping_view.items()))
    window.document.set_ticked(food_id, True)
    assert window.shopping_view.items()[food_id].checkState(0) == Qt.CheckState.Checked


def test_print_week_opens_a_preview_of_one_page(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    pages = []

    def look(dialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        pages.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.reject()

    when_modal(look)
    window.file_actions.print_week_action.trigger()
    assert pages == [1]
    assert window.printing.printer.pageLayout().orientation().name == "Landscape"


def test_import_in_the_window_is_a_new_unsaved_plan(window, tmp_path, foods):
    from planner import csv_io

    out = tmp_path / "week.csv"
    out.write_bytes(csv_io.export_entries(window.document.plan, foods, csv_io.DIALECTS["excel-nl"]))
    before = [(d, m, e.food_id, e.grams) for d, m, e in window.document.plan.entries()]
    window.document.set_ticked(window.document.plan.entries()[0][2].food_id, True)
    window.document.undo_stack.setClean()
    window.file_actions.import_csv(out)
    assert [(d, m, e.food_id, e.grams) for d, m, e in window.document.plan.entries()] == before
    assert window.document.path is None and window.document.is_modified()
    assert window.document.plan.ticked == set()


def test_an_edit_changes_only_its_lines_and_the_list_matches_the_planner(
    view, document, foods, qtbot
):
    """Grams typed change one amount in the line already there; a food new to the list gets
    a line of its own in its section, in name order; lines of other foods stay as they were
    (the same lines, so the place in the list is kept)."""
    lines = view.items()
    current = next(iter(lines))
    view.tree.setCurrentItem(lines[current])
    meal, index, entry = document.plan.days[0].entries()[0]
    document.set_amount(Slot(0, meal, index), entry.grams + 40, None)
    qtbot.wait(10)
    document.add_entries(3, "snack", 0, [Entry("ciqual:15064", 30)])
    qtbot.wait(10)
    after = view.items()
    assert {k: v for k, v in after.items() if k != "ciqual:15064"} == lines  # same objects
    assert view.tree.currentItem() is lines[current]
    shopping = shopping_list(document.plan, foods)
    assert list(shown(view)) == [i.food_id for i in shopping.items + shopping.in_stock]
    for item in shopping.items:
        assert shown(view)[item.food_id][:2] == (item.name_en, report.item_amount(item))
    headings = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    seeds = after["ciqual:15064"]
    assert seeds.parent().text(0) == "Nuts and seeds" and seeds.parent() in headings
    document.undo_stack.undo()
    qtbot.wait(10)
    assert "ciqual:15064" not in view.items() and view.items() == lines
