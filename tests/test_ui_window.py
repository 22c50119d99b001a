"""The main window driven through its real widgets: search, add, drop, edit, undo, profile."""

import math

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QTextBrowser

from planner import storage
from planner.foods import NUTRIENTS
from planner.plan import MEALS, Entry
from planner.schema import MAX_ENTRIES_PER_MEAL
from planner.totals import Status
from tests.qt_helpers import when_modal
from ui.week_model import DAY_STATUS_ROLE

PUMPKIN_SEEDS = "ciqual:15064"


def magnesium_by_hand(plan, foods, day):
    column = NUTRIENTS.index("magnesium_mg")
    return sum(
        e.grams / 100 * foods.values[foods.position(e.food_id), column]
        for _, _, e in plan.days[day].entries()
    )


def header_status(window, day):
    return window.week_model.headerData(day, Qt.Orientation.Horizontal, DAY_STATUS_ROLE)


def send_drop(view, data: QMimeData, index, action=Qt.DropAction.CopyAction):
    """What a drag ending over this cell delivers to the view: enter, move, drop."""
    where = view.visualRect(index).center().toPointF()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(where.toPoint(), actions, data, buttons, modifiers),
        QDragMoveEvent(where.toPoint(), actions, data, buttons, modifiers),
    ):
        event.setDropAction(action)
        QApplication.sendEvent(view.viewport(), event)
    drop = QDropEvent(where, actions, data, buttons, modifiers)
    drop.setDropAction(action)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def test_search_pompoen_add_pumpkin_seeds_to_a_low_day_then_undo(qtbot, window, foods):
    document, browser, view = window.document, window.browser, window.week_view
    target = document.targets.target("magnesium")
    low_days = [
        i for i, d in enumerate(document.assessment().days) if d.magnesium.status is Status.LOW
    ]
    day = low_days[0]
    before = magnesium_by_hand(document.plan, foods, day)
    portion = foods.frame.at[PUMPKIN_SEEDS, "portion_g"]
    after = before + portion / 100 * foods.frame.at[PUMPKIN_SEEDS, "magnesium_mg"]
    assert before < target <= after  # the sample week and the table make this a real test

    # Choose the day's free breakfast cell with the keyboard.
    view.setFocus()
    view.select_cell(day, "breakfast", len(document.plan.days[day].meals["breakfast"]))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert browser.search.hasFocus()
    qtbot.keyClicks(browser.search, "pompoen")
    row = browser.model.row_of(PUMPKIN_SEEDS)
    assert row >= 0
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)  # into the list
    assert browser.view.hasFocus()
    browser.view.setCurrentIndex(browser.model.index(row, 0))
    qtbot.keyClick(browser.view, Qt.Key.Key_Return)

    entry = document.plan.days[day].meals["breakfast"][-1]
    assert (entry.food_id, entry.grams, entry.portions) == (PUMPKIN_SEEDS, portion, 1.0)
    status = header_status(window, day)
    assert status.magnesium.amount == pytest.approx(after)
    assert status.magnesium.status is Status.OK
    assert "on target" in window.week_model.describe_day(day)
    assert day not in [i for i, d in enumerate(document.assessment().days) if d.below_target]
    assert window.edit_actions.undo_action.text() == f"&Undo Add {foods.name(PUMPKIN_SEEDS)}"
    below = len(document.assessment().days_below)
    assert window.days_below.text().startswith(f"{below} of 7 days")

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    status = header_status(window, day)
    assert status.magnesium.amount == pytest.approx(before)
    assert status.magnesium.status is Status.LOW
    assert window.days_below.text().startswith(f"{below + 1} of 7 days")
    assert PUMPKIN_SEEDS not in [e.food_id for e in document.plan.days[day].meals["breakfast"]]


def test_the_day_panel_and_chart_follow_the_selected_day_and_edits(qtbot, window, foods):
    document, view, panel = window.document, window.week_view, window.day_panel
    view.select_cell(2, "lunch", 0)
    assert panel.day == 2 and window.chart.selected == 2
    status = document.assessment().days[2].magnesium
    assert (
        panel.lines["magnesium"].text().startswith(f"{status.amount:.0f} of {status.target:.0f} mg")
    )
    top = panel.sources.topLevelItem(0)
    contributions = sorted(
        (
            (e.grams / 100 * foods.frame.at[e.food_id, "magnesium_mg"], e)
            for _, _, e in document.plan.days[2].entries()
        ),
        key=lambda pair: -pair[0],
    )
    assert top.text(0) == foods.name(contributions[0][1].food_id)
    assert top.text(3) == f"{contributions[0][0]:.0f}"
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    assert panel.sources.topLevelItem(0).text(0) == foods.name(PUMPKIN_SEEDS)
    assert "Wed" in window.chart.accessibleDescription()


def test_the_day_panel_marks_estimated_figures(qtbot, window):
    # A day of 10 g margarine (magnesium "< 2" in Ciqual, vitamin D a measured 7.5 µg) and
    # 25 g almonds (vitamin D "< 0,25"): one estimate each for magnesium and vitamin D.
    meals = {meal: [] for meal in MEALS}
    meals["snack"] = [Entry("ciqual:16590", 10), Entry("ciqual:15000", 25)]
    window.document.replace_days({3: meals}, "test")
    window.week_view.select_cell(3, "snack", 0)
    panel = window.day_panel
    assert panel.lines["magnesium"].text().startswith("≈ 68 of 300 mg")  # 0.25 x 270 + 0.1 x 1
    assert panel.lines["vitamin_d"].text().startswith("≈ ")
    assert "≈" not in panel.lines["calcium"].text()
    assert panel.lines["magnesium"].toolTip().startswith("Includes 1 estimate\n≈ an estimate")
    assert panel.lines["calcium"].toolTip() == ""
    rows = [panel.sources.topLevelItem(i) for i in range(panel.sources.topLevelItemCount())]
    assert [(r.text(3), r.toolTip(3)[:13]) for r in rows] == [
        ("68", ""),
        ("≈0", "≈ an estimate"),
    ]  # 0.25 x 270 mg; 0.1 x 1 mg


def test_drop_a_food_from_the_browser_into_a_cell(qtbot, window, foods):
    document, view, browser = window.document, window.week_view, window.browser
    browser.search.setText("pumpkin seeds")
    row = browser.model.row_of(PUMPKIN_SEEDS)
    data = browser.model.mimeData([browser.model.index(row, 0)])
    dinner = document.plan.days[4].meals["dinner"]
    index = window.week_model.index_of(4, "dinner", len(dinner))  # Friday's free dinner cell
    view.scrollTo(index)
    assert send_drop(view, data, index)
    assert document.plan.days[4].meals["dinner"][-1].food_id == PUMPKIN_SEEDS
    assert document.undo_stack.count() == 1


def test_drag_an_entry_to_another_cell_moves_it(qtbot, window):
    document, view, model = window.document, window.week_view, window.week_model
    snack = list(document.plan.days[0].meals["snack"])
    breakfast = list(document.plan.days[6].meals["breakfast"])
    before = storage.to_dict(document.plan)
    source = model.index_of(0, "snack", 0)
    target = model.index_of(6, "breakfast", 0)
    view.scrollTo(target)
    assert send_drop(view, model.mimeData([source]), target, Qt.DropAction.MoveAction)
    assert document.plan.days[6].meals["breakfast"] == snack[:1] + breakfast
    assert document.plan.days[0].meals["snack"] == snack[1:]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert storage.to_dict(document.plan) == before


def test_edit_grams_in_place_is_one_undo_step(qtbot, window):
    document, view, model = window.document, window.week_view, window.week_model
    entry = document.plan.days[1].meals["dinner"][0]
    old = entry.grams
    index = model.index_of(1, "dinner", 0)
    view.setFocus()
    view.select(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "125")
    # The totals follow the typing, before the edit is even committed.
    assert document.plan.days[1].meals["dinner"][0].grams == 125
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert document.plan.days[1].meals["dinner"][0].grams == 125
    assert document.undo_stack.count() == 1
    assert index.data() == document.foods.name(entry.food_id)
    document.undo_stack.undo()
    assert document.plan.days[1].meals["dinner"][0].grams == old


def test_typing_a_number_on_an_entry_starts_editing_its_grams(qtbot, window):
    document, view = window.document, window.week_view
    view.setFocus()
    view.select_cell(3, "lunch", 0)
    qtbot.keyClick(view, Qt.Key.Key_8)  # opens the editor with the 8 in it
    editor = QApplication.focusWidget()
    assert editor is not view
    qtbot.keyClick(editor, Qt.Key.Key_0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert document.plan.days[3].meals["lunch"][0].grams == 80
    assert document.undo_stack.count() == 1


def test_delete_cut_copy_and_paste_entries(qtbot, window):
    document, view = window.document, window.week_view
    plan = document.plan
    first = plan.days[0].meals["lunch"][0]
    view.setFocus()
    view.select_cell(0, "lunch", 0)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    view.select_cell(5, "snack", 99)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert plan.days[5].meals["snack"][-1] == first
    count = len(plan.days[0].meals["lunch"])
    view.select_cell(0, "lunch", 0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(plan.days[0].meals["lunch"]) == count - 1
    assert (
        window.edit_actions.undo_action.text()
        == f"&Undo Delete {document.foods.name(first.food_id)}"
    )
    view.select_cell(0, "lunch", 0)
    cut = plan.days[0].meals["lunch"][0]
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert len(plan.days[0].meals["lunch"]) == count - 2
    view.select_cell(6, "dinner", 0)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert plan.days[6].meals["dinner"][0] == cut
    assert document.undo_stack.count() == 4


def test_a_full_meal_says_so_and_takes_nothing(qtbot, window, foods):
    document, view, model = window.document, window.week_view, window.week_model
    full = [Entry("ciqual:13005", 118) for _ in range(MAX_ENTRIES_PER_MEAL)]
    document.replace_days({2: {**document.plan.days[2].meals, "snack": full}}, "Fill")
    before, steps = storage.to_dict(document.plan), document.undo_stack.count()
    seen = []

    def read_and_close(box) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    view.select_cell(2, "snack", 0)
    when_modal(read_and_close)
    window.edit_actions.add_food(PUMPKIN_SEEDS)
    view.select_cell(0, "breakfast", 0)
    assert window.edit_actions.copy()
    view.select_cell(2, "snack", 5)
    when_modal(read_and_close)
    window.edit_actions.paste()
    assert (
        seen
        == [
            (
                "The meal is full",
                "There is no room for that in Snacks, Wednesday 2 December: "
                "a meal holds at most 100 entries.",
            )
        ]
        * 2
    )
    # A drag of a food onto the full meal is refused where it would land.
    browser = window.browser
    browser.search.setText("pumpkin seeds")
    data = browser.model.mimeData([browser.model.index(browser.model.row_of(PUMPKIN_SEEDS), 0)])
    index = model.index_of(2, "snack", 3)
    view.scrollTo(index)
    assert not send_drop(view, data, index)
    assert storage.to_dict(document.plan) == before and document.undo_stack.count() == steps
    # Moving an entry within the full meal still works.
    assert send_drop(
        view,
        model.mimeData([model.index_of(2, "snack", 0)]),
        model.index_of(2, "snack", 3),
        Qt.DropAction.MoveAction,
    )


def test_copy_and_paste_a_whole_day_is_one_step(qtbot, window):
    document, view = window.document, window.week_view
    plan = document.plan
    before = storage.to_dict(plan)
    view.setFocus()
    view.select_day(0)
    qtbot.keyClick(
        view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "Breakfast" in QGuiApplication.clipboard().text()
    view.select_day(3)
    qtbot.keyClick(
        view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert plan.days[3].meals == plan.days[0].meals
    assert document.undo_stack.count() == 1
    window.edit_actions.clear_day_action.trigger()
    assert all(not plan.days[3].meals[m] for m in MEALS)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert storage.to_dict(plan) == before


def test_profile_dialog_changes_the_flags_as_soon_as_it_closes(qtbot, window):
    document = window.document
    low = [i for i, d in enumerate(document.assessment().days) if d.below_target]
    own = math.floor(min(document.assessment().days[i].magnesium.amount for i in low)) - 1

    def fill_in():
        dialog = QApplication.activeModalWidget()
        dialog.own["magnesium"].setValue(own)  # an own target every day meets
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.plan_actions.profile_action.trigger()
    assert document.targets.target("magnesium") == own
    assert all(header_status(window, i).magnesium.status is Status.OK for i in low)
    assert window.days_below.text().startswith("0 of 7 days")
    document.undo_stack.undo()
    assert [i for i, d in enumerate(document.assessment().days) if d.below_target] == low


def test_profile_dialog_keeps_a_profile_no_standard_covers_out(qtbot, window):
    document = window.document
    messages = []

    def fill_in():
        dialog = QApplication.activeModalWidget()
        dialog.sex.setCurrentIndex(dialog.sex.findData("M"))
        assert not dialog.life_stage.isEnabled()
        dialog.band_low.setValue(3.0)
        dialog.band_high.setValue(2.0)  # a band upside down
        QTimer.singleShot(0, close_error)
        dialog.accept()  # refused: the dialog stays open
        assert dialog.isVisible()
        dialog.reject()

    def close_error():
        box = QApplication.activeModalWidget()
        messages.append(box.text())
        box.accept()

    QTimer.singleShot(0, fill_in)
    window.plan_actions.profile_action.trigger()
    assert messages and "band" in messages[0]
    assert document.plan.profile.sex == "F" and document.undo_stack.count() == 0


def test_keyboard_reaches_every_part(qtbot, window):
    view, browser = window.week_view, window.browser
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert browser.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_day() == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.day_panel.sources.hasFocus()
    # Tab goes from the food list on to the week; it is not trapped inside the grid.
    browser.view.setFocus()
    qtbot.keyClick(browser.view, Qt.Key.Key_Tab)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    for widget in (
        browser.search,
        browser.section,
        browser.per,
        browser.view,
        view,
        window.chart,
        window.day_panel,
        window.day_panel.sources,
    ):
        assert widget.accessibleName()
    # Every menu command has a mnemonic, so Alt and letters reach it without a mouse.
    for menu in (
        window.file_menu,
        window.edit_menu,
        window.plan_menu,
        window.view_menu,
        window.help_menu,
    ):
        assert "&" in menu.title()
        for action in menu.actions():
            assert action.isSeparator() or "&" in action.text(), action.text()


def test_enter_on_a_free_cell_goes_to_the_search(qtbot, window):
    view = window.week_view
    view.setFocus()
    view.select_cell(2, "snack", 99)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.browser.search.hasFocus()


def test_the_section_filter_and_per_choice(qtbot, window, foods):
    browser = window.browser
    browser.section.setCurrentIndex(browser.section.findData("nuts and seeds"))
    sections = {
        foods.frame.at[browser.model.food_id(r), "section"] for r in range(browser.model.rowCount())
    }
    assert sections == {"nuts and seeds"}
    assert browser.count.text() == f"{browser.model.rowCount()} foods"
    browser.per.setCurrentIndex(browser.per.findData("portion"))
    visible = [c for c in range(browser.model.columnCount()) if not browser.view.isColumnHidden(c)]
    assert len(visible) == 4
    assert window.settings.per == "portion"


def test_add_with_amount_uses_the_portion_picker(qtbot, window, foods):
    document = window.document
    window.browser.search.setText("pompoenpitten")
    assert window.browser.current_food_id() == PUMPKIN_SEEDS
    window.week_view.select_cell(6, "snack", 99)

    def two_portions():
        dialog = QApplication.activeModalWidget()
        dialog.portions.setValue(2)
        dialog.accept()

    QTimer.singleShot(0, two_portions)
    qtbot.keyClick(
        window.browser.search,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    entry = document.plan.days[6].meals["snack"][-1]
    assert (entry.food_id, entry.portions) == (PUMPKIN_SEEDS, 2)
    assert entry.grams == 2 * foods.frame.at[PUMPKIN_SEEDS, "portion_g"]

    def in_grams():
        dialog = QApplication.activeModalWidget()
        dialog.grams.setValue(40)
        dialog.accept()

    window.week_view.select_cell(6, "snack", len(document.plan.days[6].meals["snack"]) - 1)
    QTimer.singleShot(0, in_grams)
    window.edit_actions.amount_action.trigger()
    entry = document.plan.days[6].meals["snack"][-1]
    assert (entry.grams, entry.portions) == (40, None)
    assert document.undo_stack.count() == 2


def test_about_names_the_sources_and_says_it_is_not_medical_advice(qtbot, window):
    texts = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        texts.append(dialog.findChild(QTextBrowser).toPlainText())
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.window_actions.about_action.trigger()
    text = texts[0]
    assert "not medical advice" in text
    # Every source of the food table with its licence, Anses in the words it asks for.
    assert "Anses. 2025. Ciqual French food composition table." in text
    assert "Licence Ouverte / Etalab" in text
    assert "USDA National Nutrient Database for Standard Reference, Release 28" in text
    assert "CC0" in text and "public domain" in text
    assert "EFSA Journal 2015;13(5):4102" in text  # caffeine of cola
    assert "≈ an estimate" in text
    for source in window.document.intakes.frame["source"].unique():
        assert source in text


def test_escape_puts_the_grams_back_and_leaves_no_undo_step(qtbot, window):
    document, view = window.document, window.week_view
    old = document.plan.days[2].meals["lunch"][1].grams
    view.setFocus()
    view.select_cell(2, "lunch", 1)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "999")
    assert document.plan.days[2].meals["lunch"][1].grams == 999
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert document.plan.days[2].meals["lunch"][1].grams == old
    assert document.undo_stack.count() == 0 and not document.is_modified()


def test_a_food_made_a_favourite_then_never_suggested_from_the_food_list_then_undone(
    qtbot, window, tmp_path
):
    document, browser, plans = window.document, window.browser, window.plan_actions
    assert not document.plan.favourites and not document.plan.disliked
    browser.search.setText("pumpkin seeds")
    browser.view.setCurrentIndex(browser.model.index(browser.model.row_of(PUMPKIN_SEEDS), 0))
    assert plans.favourite_action in browser.view.actions()  # its context menu
    assert plans.favourite_action.isEnabled() and not plans.favourite_action.isChecked()

    def mark():
        index = browser.model.index(browser.model.row_of(PUMPKIN_SEEDS), 0)
        return (
            index.data(Qt.ItemDataRole.DecorationRole) is not None,
            index.data(Qt.ItemDataRole.ToolTipRole),
        )

    plans.favourite_action.trigger()
    assert document.plan.favourites == {PUMPKIN_SEEDS} and plans.favourite_action.isChecked()
    assert document.undo_stack.undoText() == "Mark Pumpkin seeds as Favourite"
    shown, tip = mark()
    assert shown and "Favourite: balancing prefers it" in tip
    plans.never_suggest_action.trigger()
    assert (document.plan.favourites, document.plan.disliked) == (set(), {PUMPKIN_SEEDS})
    assert not plans.favourite_action.isChecked() and plans.never_suggest_action.isChecked()
    assert "Never suggested when balancing" in mark()[1]
    window.file_actions.save_as(tmp_path / "week.json")
    assert storage.load(tmp_path / "week.json").disliked == {PUMPKIN_SEEDS}
    document.undo_stack.undo()
    assert document.plan.favourites == {PUMPKIN_SEEDS} and not document.plan.disliked
    assert plans.favourite_action.isChecked()
    document.undo_stack.undo()
    assert not document.plan.favourites and mark()[0] is False
    assert not plans.favourite_action.isChecked()
